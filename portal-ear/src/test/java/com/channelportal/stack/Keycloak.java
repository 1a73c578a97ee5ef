package com.channelportal.stack;

import com.channelportal.realm.RealmTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak from its distribution zip, in dev mode (built-in file database, no TLS) with the
 * portal's realms imported on first start. The issuer is pinned to {@code http://localhost:port} so
 * tokens carry the same issuer however the server is reached.
 */
final class Keycloak implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

  private final Process process;
  private final Path log;
  private final StackSettings settings;

  private Keycloak(Process process, Path log, StackSettings settings) {
    this.process = process;
    this.log = log;
    this.settings = settings;
  }

  /** Starts the process and returns at once; {@link #awaitReady(long)} waits for it. */
  static Keycloak launch(StackSettings settings) throws IOException {
    Path home = Archives.unpackOnce(settings.keycloakZip(), settings.workDir().resolve("keycloak"));
    if (settings.fresh()) {
      Archives.deleteTree(home.resolve("data"));
    }
    // Keycloak skips a realm that already exists, so a kept run directory keeps its users
    RealmTemplates.writeTo(home.resolve("data/import"), realmValues(settings));
    Path log = WorkDir.logs(settings).resolve("keycloak.log");
    var builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + settings.keycloakPort(),
                    "--http-management-port=" + settings.keycloakManagementPort(),
                    "--health-enabled=true",
                    "--hostname=" + settings.keycloakUrl(),
                    "--import-realm"))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    var env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    return new Keycloak(builder.start(), log, settings);
  }

  /** The realm placeholders for this stack: demo secrets, local URLs. */
  static Map<String, String> realmValues(StackSettings settings) {
    return RealmTemplates.demoValues(
        settings.portalUrl(), settings.keycloakUrl(), settings.smtpPort());
  }

  /**
   * Polls the management port's readiness check, which answers 503 until the realms are imported.
   * Measured on two cores: 45–70 s for the very first start (Keycloak builds itself), 25–35 s with
   * a fresh database, 13–18 s warm.
   */
  Keycloak awaitReady(long startNanos) {
    String health = settings.keycloakManagementUrl() + "/health/ready";
    HttpProbe.await(
        health,
        status -> status == 200,
        READY_TIMEOUT,
        process::isAlive,
        () -> "Keycloak did not become ready at " + health + "; its log: " + LogTail.of(log));
    StackLog.logger()
        .info(
            () ->
                "Keycloak ready on "
                    + settings.keycloakUrl()
                    + " ("
                    + StackLog.since(startNanos)
                    + ")");
    return this;
  }

  /** Stops the start script and the server JVM it runs, which would otherwise outlive us. */
  @Override
  public void close() throws InterruptedException {
    var all = process.descendants().toList();
    process.destroy();
    all.forEach(ProcessHandle::destroy);
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    for (ProcessHandle child : all) {
      try {
        child.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        child.destroyForcibly();
      }
    }
  }
}
