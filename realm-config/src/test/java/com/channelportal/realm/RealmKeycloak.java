package com.channelportal.realm;

import com.channelportal.stack.base.Ports;
import com.channelportal.stack.base.StackLog;
import com.channelportal.stack.base.SystemProperties;
import com.channelportal.stack.base.WorkDir;
import com.channelportal.stack.keycloak.Keycloak;
import com.channelportal.stack.keycloak.KeycloakSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Keycloak of the realm tests: the same launcher as the portal's stack, but on ports and in a
 * directory of its own, so the realm tests run while the portal runs ({@code ./mvnw -Prun}) or
 * while portal-ear's tests do. Every value can be moved with {@code -Dit.realm.…}. The portal URL
 * and the mail port only fill the realms' placeholders: nothing listens there.
 */
final class RealmKeycloak implements AutoCloseable {

  static final String PREFIX = "it.realm.";
  static final String WORK_DIR = PREFIX + "work-dir";
  static final String KEYCLOAK_PORT = PREFIX + "keycloak.port";
  static final String MANAGEMENT_PORT = PREFIX + "keycloak.management-port";
  static final String PORTAL_PORT = PREFIX + "portal.port";
  static final String SMTP_PORT = PREFIX + "smtp.port";

  private final KeycloakSettings settings;
  private final WorkDir workDir;
  private final Keycloak keycloak;

  private RealmKeycloak(KeycloakSettings settings, WorkDir workDir, Keycloak keycloak) {
    this.settings = settings;
    this.workDir = workDir;
    this.keycloak = keycloak;
  }

  /** Starts Keycloak with freshly imported realms and returns once it is ready. */
  static RealmKeycloak start() throws IOException, InterruptedException {
    long start = System.nanoTime();
    var settings = configured();
    var workDir = WorkDir.claim(settings.workDir(), WORK_DIR);
    Keycloak keycloak = null;
    try {
      Ports.requireFree(
          List.of(
              new Ports.Wanted(settings.port(), "Keycloak HTTP", KEYCLOAK_PORT),
              new Ports.Wanted(settings.managementPort(), "Keycloak management", MANAGEMENT_PORT)));
      keycloak = Keycloak.launch(settings);
      return new RealmKeycloak(settings, workDir, keycloak.awaitReady(start));
    } catch (RuntimeException | IOException e) {
      if (keycloak != null) {
        keycloak.close();
      }
      workDir.close();
      throw e;
    }
  }

  static KeycloakSettings configured() {
    return new KeycloakSettings(
        SystemProperties.file(KeycloakSettings.ZIP, "the Keycloak distribution"),
        SystemProperties.directory(WORK_DIR, Path.of("target", "it-keycloak")),
        SystemProperties.port(KEYCLOAK_PORT, 28180),
        SystemProperties.port(MANAGEMENT_PORT, 28190),
        "http://localhost:" + SystemProperties.port(PORTAL_PORT, 28080),
        SystemProperties.port(SMTP_PORT, 28525),
        true);
  }

  KeycloakSettings settings() {
    return settings;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    long start = System.nanoTime();
    try {
      keycloak.close();
    } finally {
      workDir.close();
    }
    StackLog.logger().info(() -> "Keycloak stopped (" + StackLog.since(start) + ")");
  }
}
