package com.channelportal.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One portal stack for all integration tests of a JVM: starting it takes a minute or more, so every
 * test class that extends with this shares it. It lives in the root context's store, which closes
 * it (it is {@link AutoCloseable}) after the last test.
 *
 * <p>Also tells the Arquillian Payara container which admin port to deploy to, so a test class can
 * combine this extension with Arquillian's; it must be declared first.
 */
public final class StackExtension implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StackExtension.class);

  /** The system property arquillian.xml takes the Payara admin port from. */
  public static final String ARQUILLIAN_ADMIN_PORT = "it.payara.admin.port";

  private static volatile PortalStack stack;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("com.sun.aas.instanceRoot") != null) {
      return; // running inside Payara as part of an Arquillian deployment: the stack is outside
    }
    stack =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                PortalStack.class,
                key -> PortalStack.start(StackSettings.forTests()),
                PortalStack.class);
    // read by src/test/resources/arquillian.xml when Arquillian's extension starts, after this one
    System.setProperty(ARQUILLIAN_ADMIN_PORT, String.valueOf(stack.payaraAdminPort()));
  }

  /** The running stack; only valid in a class extended with {@code StackExtension}. */
  public static PortalStack stack() {
    if (stack == null) {
      throw new IllegalStateException(
          "No portal stack: annotate the test class with @ExtendWith(StackExtension.class)");
    }
    return stack;
  }
}
