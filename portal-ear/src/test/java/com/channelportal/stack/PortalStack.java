package com.channelportal.stack;

import com.channelportal.realm.RealmTemplates;
import com.channelportal.stack.base.Ports;
import com.channelportal.stack.base.StackException;
import com.channelportal.stack.base.StackLog;
import com.channelportal.stack.base.WorkDir;
import com.channelportal.stack.keycloak.Keycloak;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * The whole portal on one machine: MariaDB, Keycloak and Payara with the EAR. The three servers
 * start side by side — Keycloak's first start alone takes a minute — and the EAR is deployed once
 * all are up, because it migrates the database and fetches Keycloak's metadata as it starts.
 */
public final class PortalStack implements AutoCloseable {

  private final StackSettings settings;
  private final ExecutorService starter =
      Executors.newFixedThreadPool(
          3,
          task -> {
            var thread = new Thread(task, "portal-stack-start");
            thread.setDaemon(true);
            return thread;
          });
  private WorkDir workDir;
  private CompletableFuture<MariaDb> db;
  private MailSink mailSink;
  private CompletableFuture<Keycloak> keycloak;
  private CompletableFuture<Payara> payara;
  private boolean closed;

  private PortalStack(StackSettings settings) {
    this.settings = settings;
  }

  /** Starts everything and returns when the portal answers; stops what it started if it fails. */
  public static PortalStack start(StackSettings settings) {
    var stack = prepare(settings);
    stack.startAll();
    return stack;
  }

  /** A stack not started yet, so that a shutdown hook can be registered before it starts. */
  static PortalStack prepare(StackSettings settings) {
    return new PortalStack(settings);
  }

  void startAll() {
    long start = System.nanoTime();
    StackLog.logger().info(() -> "Starting the portal stack in " + settings.workDir());
    try {
      synchronized (this) {
        workDir = WorkDir.claim(settings.workDir(), settings.property(StackSettings.WORK_DIR));
        Ports.requireFree(settings.ports());
        mailSink = MailSink.start(settings);
        db = async(() -> MariaDb.start(settings));
        keycloak = async(() -> Keycloak.launch(settings.keycloak()));
        payara = async(() -> Payara.start(settings, applicationEnvironment()));
      }
      keycloak.thenApplyAsync(k -> k.awaitReady(start), starter).join();
      CompletableFuture.allOf(db, payara).join();
      payara.join().deploy(settings.ear());
      StackLog.logger().info(() -> "Portal stack up in " + StackLog.since(start));
    } catch (Exception e) {
      close();
      throw asStackException(e);
    }
  }

  public String portalUrl() {
    return settings.portalUrl();
  }

  public String keycloakUrl() {
    return settings.keycloakUrl();
  }

  public String keycloakManagementUrl() {
    return settings.keycloakManagementUrl();
  }

  public int payaraAdminPort() {
    return settings.adminPort();
  }

  public String jdbcUrl() {
    return MariaDb.jdbcUrl(settings);
  }

  public String dbUser() {
    return MariaDb.USER;
  }

  public String dbPassword() {
    return MariaDb.PASSWORD;
  }

  /**
   * The SMTP sink that Keycloak's e-mails (invitations, password resets) and the portal's go to.
   */
  public MailSink mailSink() {
    return mailSink;
  }

  public Path workDir() {
    return settings.workDir();
  }

  public StackSettings settings() {
    return settings;
  }

  /** The password of every demo account in both realms. */
  public String demoPassword() {
    return settings.keycloak().demoPassword();
  }

  /** Stops Payara first (it holds connections to the others), then Keycloak, then MariaDB. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean started = db != null;
    long start = System.nanoTime();
    stop("Payara", payara);
    stop("Keycloak", keycloak);
    stop("MariaDB", db);
    if (mailSink != null) {
      mailSink.close();
    }
    starter.shutdownNow();
    if (workDir != null) {
      try {
        workDir.close();
      } catch (Exception e) {
        StackLog.logger().log(Level.WARNING, "Could not release the work directory lock", e);
      }
    }
    if (started) {
      StackLog.logger().info(() -> "Portal stack stopped (" + StackLog.since(start) + ")");
    }
  }

  /** Environment variables the application reads through MicroProfile Config. */
  private Map<String, String> applicationEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORTAL_DB_URL", jdbcUrl());
    env.put("PORTAL_DB_USER", dbUser());
    env.put("PORTAL_DB_PASSWORD", dbPassword());
    env.put("PORTAL_OIDC_PROVIDER_URI", settings.keycloakUrl() + "/realms/partners");
    env.put("PORTAL_OIDC_CLIENT_ID", "partner-portal");
    env.put(
        "PORTAL_OIDC_CLIENT_SECRET",
        settings.keycloak().realmValues().get(RealmTemplates.PORTAL_CLIENT_SECRET));
    env.put(
        "PORTAL_DIRECTORY_CLIENT_SECRET",
        settings.keycloak().realmValues().get(RealmTemplates.BACKEND_CLIENT_SECRET));
    env.put("PORTAL_BASE_URL", settings.portalUrl());
    env.put("PORTAL_API_AUDIENCE", "partner-portal");
    env.put("PORTAL_DEMO_DATA", String.valueOf(settings.demoData()));
    // the portal's own mail (notifications, customer confirmations) goes to the same sink as
    // Keycloak's; GreenMail listens
    // on 127.0.0.1 only, so not "localhost", which may resolve to ::1 first
    env.put("PORTAL_SMTP_HOST", "127.0.0.1");
    env.put("PORTAL_SMTP_PORT", String.valueOf(settings.smtpPort()));
    env.put("PORTAL_SMTP_FROM", "portal@channelportal.example");
    if (settings.fresh()) {
      // a test stack ends protections within seconds of a test moving a last day back in the
      // database (the clock is real here); the production slot is ten minutes
      env.put("PORTAL_SCHEDULER_TICK_SECONDS", "5");
      env.put("PORTAL_SCHEDULER_PROTECTION_EXPIRY_EVERY", "PT15S");
      // a task due tomorrow is reminded within seconds, not at the next half hour
      env.put("PORTAL_SCHEDULER_TASK_REMINDERS_EVERY", "PT15S");
    }
    return env;
  }

  /**
   * Waits for a part that may still be starting (a Ctrl-C during start-up) and stops it; a failure
   * is logged, not thrown, so that the other parts still stop.
   */
  private static void stop(String name, CompletableFuture<? extends AutoCloseable> part) {
    if (part == null) {
      return;
    }
    try {
      AutoCloseable started = part.get(3, TimeUnit.MINUTES);
      long start = System.nanoTime();
      started.close();
      StackLog.logger().info(() -> name + " stopped (" + StackLog.since(start) + ")");
    } catch (Exception e) {
      if (part.isCompletedExceptionally()) {
        return; // it never started, so there is nothing to stop
      }
      StackLog.logger().log(Level.WARNING, name + " did not stop cleanly: " + e, e);
    }
  }

  private <T> CompletableFuture<T> async(Step<T> step) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return step.run();
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        starter);
  }

  private static StackException asStackException(Exception e) {
    Throwable cause = e;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof StackException stackException
        ? stackException
        : new StackException("The portal stack did not start: " + cause, cause);
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws Exception;
  }
}
