package com.channelportal.stack;

import com.channelportal.stack.base.Archives;
import com.channelportal.stack.base.HttpProbe;
import com.channelportal.stack.base.LogTail;
import com.channelportal.stack.base.StackException;
import com.channelportal.stack.base.StackLog;
import com.channelportal.stack.base.WorkDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Payara Server from its distribution zip with one domain, {@code portal}, created once per port
 * base. The application reads its settings (database, Keycloak, base URL) through MicroProfile
 * Config, which sees environment variables; {@code start-domain} hands its environment to the
 * server JVM, so the EAR itself carries no configuration.
 */
final class Payara implements AutoCloseable {

  static final String DOMAIN = "portal";
  static final String APPLICATION = "portal";
  private static final Duration APP_TIMEOUT = Duration.ofSeconds(180);

  private final StackSettings settings;
  private final Path domain;
  private final Asadmin asadmin;

  private Payara(StackSettings settings, Path install) throws IOException {
    this.settings = settings;
    this.domain = install.resolve("glassfish/domains/" + DOMAIN);
    this.asadmin =
        new Asadmin(
            install.resolve("bin/asadmin"),
            WorkDir.logs(settings.workDir()).resolve("asadmin.log"),
            serverLog());
  }

  static Payara start(StackSettings settings, Map<String, String> appEnvironment)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Path install = Archives.unpackOnce(settings.payaraZip(), settings.workDir().resolve("payara"));
    var payara = new Payara(settings, install);
    payara.createDomainOnce();
    for (String application : DomainXml.prepare(payara.domain.resolve("config/domain.xml"))) {
      Archives.deleteTree(payara.domain.resolve("applications").resolve(application));
    }
    Archives.deleteTree(payara.domain.resolve("generated"));
    payara.asadmin.run(Duration.ofMinutes(3), appEnvironment, "start-domain", DOMAIN);
    payara.checkEnvironmentReached(appEnvironment.keySet());
    StackLog.logger()
        .info(
            () ->
                "Payara started, admin port "
                    + settings.adminPort()
                    + " ("
                    + StackLog.since(start)
                    + ")");
    return payara;
  }

  /** Deploys and waits until the application answers: {@code deploy} returns before that. */
  void deploy(Path ear) throws IOException, InterruptedException {
    long start = System.nanoTime();
    asadmin.run(
        Duration.ofMinutes(5),
        Map.of(),
        "--port",
        String.valueOf(settings.adminPort()),
        "deploy",
        "--force=true",
        "--name",
        APPLICATION,
        ear.toString());
    String url = settings.portalUrl() + "/";
    HttpProbe.await(
        url,
        status -> status != 404 && status < 500,
        APP_TIMEOUT,
        () -> serverProcess().isPresent(),
        () -> "The portal did not answer at " + url + "; " + LogTail.of(serverLog()));
    StackLog.logger().info(() -> "Portal deployed at " + url + " (" + StackLog.since(start) + ")");
  }

  Path serverLog() {
    return domain.resolve("logs/server.log");
  }

  /**
   * Stops the domain. A Ctrl-C in the terminal reaches Payara too, as it shares the launcher's
   * process group, so it may be down or on its way down already; a server that neither stops
   * through asadmin nor by itself is killed, as it runs detached from us.
   */
  @Override
  public void close() throws IOException, InterruptedException {
    Optional<ProcessHandle> server = serverProcess();
    if (server.isEmpty()) {
      return;
    }
    try {
      asadmin.run(Duration.ofSeconds(90), Map.of(), "stop-domain", DOMAIN);
    } catch (StackException e) {
      StackLog.logger().fine(() -> "stop-domain failed, waiting for the server: " + e.getMessage());
    }
    try {
      server.get().onExit().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      server.get().destroyForcibly();
      throw new StackException("Payara did not stop; killed process " + server.get().pid());
    }
  }

  private void createDomainOnce() throws IOException, InterruptedException {
    Path marker = domain.resolve("config/.portbase");
    String portBase = String.valueOf(settings.payaraPortBase());
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(portBase)) {
      return;
    }
    // a domain's ports are fixed when it is created: another port base needs a new domain
    Archives.deleteTree(domain);
    long start = System.nanoTime();
    asadmin.run(
        Duration.ofMinutes(3),
        Map.of(),
        "create-domain",
        "--nopassword=true",
        "--portbase",
        portBase,
        DOMAIN);
    Files.writeString(marker, portBase);
    StackLog.logger().info(() -> "Payara domain created (" + StackLog.since(start) + ")");
  }

  /**
   * The application's settings arrive as environment variables only if start-domain passes its
   * environment on, as Payara 6 does; should a later version stop doing so, say it here rather than
   * through a data source that cannot resolve {@code ${MPCONFIG=portal.db.url}}.
   */
  private void checkEnvironmentReached(Set<String> names) throws IOException {
    Optional<Path> environ =
        serverProcess().map(p -> Path.of("/proc", String.valueOf(p.pid()), "environ"));
    if (environ.isEmpty() || !Files.isReadable(environ.get())) {
      return;
    }
    String variables = "\0" + Files.readString(environ.get(), StandardCharsets.ISO_8859_1);
    for (String name : names) {
      if (!variables.contains("\0" + name + "=")) {
        StackLog.logger().warning(() -> "The Payara server process does not see " + name);
      }
    }
  }

  private Optional<ProcessHandle> serverProcess() {
    try {
      Path pid = domain.resolve("config/pid");
      return Files.isRegularFile(pid)
          ? ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
              .filter(ProcessHandle::isAlive)
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
