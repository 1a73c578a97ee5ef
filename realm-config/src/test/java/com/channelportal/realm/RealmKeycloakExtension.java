package com.channelportal.realm;

import com.channelportal.stack.keycloak.KeycloakSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Keycloak for all realm integration tests of a JVM: a start with a fresh import takes half a
 * minute (a minute after {@code mvn clean}, when Keycloak first builds itself), so every test class
 * that extends with this shares it. It lives in the root context's store, which closes it (it is
 * {@link AutoCloseable}) after the last test.
 */
final class RealmKeycloakExtension implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealmKeycloakExtension.class);

  private static volatile RealmKeycloak keycloak;

  @Override
  public void beforeAll(ExtensionContext context) {
    keycloak =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(RealmKeycloak.class, key -> start(), RealmKeycloak.class);
  }

  /** The running Keycloak; only valid in a class extended with {@code RealmKeycloakExtension}. */
  static KeycloakSettings keycloak() {
    if (keycloak == null) {
      throw new IllegalStateException(
          "No Keycloak: annotate the test class with @ExtendWith(RealmKeycloakExtension.class)");
    }
    return keycloak.settings();
  }

  private static RealmKeycloak start() {
    try {
      return RealmKeycloak.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting Keycloak", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
