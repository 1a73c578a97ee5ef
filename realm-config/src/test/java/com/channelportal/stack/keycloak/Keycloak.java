package com.channelportal.stack.keycloak;

import com.channelportal.realm.RealmTemplates;
import com.channelportal.stack.base.Archives;
import com.channelportal.stack.base.HttpProbe;
import com.channelportal.stack.base.LogTail;
import com.channelportal.stack.base.StackLog;
import com.channelportal.stack.base.WorkDir;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak from its distribution zip, in dev mode (built-in file database, no TLS) with the
 * portal's realms imported on first start. The issuer is pinned to {@code http://localhost:port} so
 * tokens carry the same issuer however the server is reached.
 */
public final class Keycloak implements AutoCloseable {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  /** A busy shared machine needs longer: {@code -Dit.keycloak.ready-timeout-seconds=600}. */
  private static final Duration READY_TIMEOUT =
      Duration.ofSeconds(Long.getLong("it.keycloak.ready-timeout-seconds", 240));

  private final Process process;
  private final Path log;
  private final KeycloakSettings settings;

  private Keycloak(Process process, Path log, KeycloakSettings settings) {
    this.process = process;
    this.log = log;
    this.settings = settings;
  }

  /** Starts the process and returns at once; {@link #awaitReady(long)} waits for it. */
  public static Keycloak launch(KeycloakSettings settings) throws IOException {
    Path home = Archives.unpackOnce(settings.zip(), settings.workDir().resolve("keycloak"));
    if (settings.fresh()) {
      Archives.deleteTree(home.resolve("data"));
    }
    // Keycloak skips a realm that already exists, so a kept run directory keeps its users
    RealmTemplates.writeTo(home.resolve("data/import"), settings.realmValues());
    Path log = WorkDir.logs(settings.workDir()).resolve("keycloak.log");
    var builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + settings.port(),
                    "--http-management-port=" + settings.managementPort(),
                    "--health-enabled=true",
                    "--hostname=" + settings.url(),
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

  /**
   * Polls the management port's readiness check, which answers 503 until the realms are imported.
   * Measured on two cores: 45–70 s for the very first start (Keycloak builds itself), 25–35 s with
   * a fresh database, 13–18 s warm.
   */
  public Keycloak awaitReady(long startNanos) {
    String health = settings.managementUrl() + "/health/ready";
    HttpProbe.await(
        health,
        status -> status == 200,
        READY_TIMEOUT,
        process::isAlive,
        () -> "Keycloak did not become ready at " + health + "; its log: " + LogTail.of(log));
    StackLog.logger()
        .info(
            () -> "Keycloak ready on " + settings.url() + " (" + StackLog.since(startNanos) + ")");
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
