package com.channelportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the stack lives and which ports it takes. The run command and the integration tests use
 * different ports and directories so that tests can run while the portal is up; each value can be
 * overridden with a system property ({@code portal.http.port}, or {@code it.portal.http.port} for
 * the tests), because a developer's machine may already use 8080 or 3307.
 *
 * @param workDir everything the stack writes: unpacked servers, database files, logs
 * @param smtpPort the local mail sink (GreenMail) that Keycloak's realm sends its e-mails to
 * @param payaraPortBase Payara's port base: HTTP is base + 80, admin base + 48 and so on
 * @param fresh whether database and Keycloak state from an earlier start is thrown away first
 * @param propertyPrefix prefix of the overriding system properties, named in error messages
 */
public record StackSettings(
    Path workDir,
    int dbPort,
    int keycloakPort,
    int keycloakManagementPort,
    int smtpPort,
    int payaraPortBase,
    boolean demoData,
    boolean fresh,
    Path ear,
    Path payaraZip,
    Path keycloakZip,
    String propertyPrefix) {

  public static final String DB_PORT = "portal.db.port";
  public static final String KEYCLOAK_PORT = "portal.keycloak.port";
  public static final String KEYCLOAK_MANAGEMENT_PORT = "portal.keycloak.management-port";
  public static final String HTTP_PORT = "portal.http.port";
  public static final String SMTP_PORT = "portal.smtp.port";
  public static final String WORK_DIR = "portal.work-dir";
  public static final String DEMO_DATA = "portal.demo-data";

  /** What {@code ./mvnw -Prun} starts: kept across restarts in the repository's {@code .run/}. */
  public static StackSettings forRun() {
    return read("", defaultRunDir(), 3307, 8180, 8190, 2525, 8080, false);
  }

  /** One stack per test JVM on its own ports, rebuilt from scratch in {@code target/it-stack}. */
  public static StackSettings forTests() {
    return read("it.", Path.of("target", "it-stack"), 13307, 18180, 18190, 12525, 18080, true);
  }

  public int httpPort() {
    return payaraPortBase + 80;
  }

  public int adminPort() {
    return payaraPortBase + 48;
  }

  public String portalUrl() {
    return "http://localhost:" + httpPort();
  }

  /** Always {@code localhost}: Keycloak's issuer follows the host name, and tokens check it. */
  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String keycloakManagementUrl() {
    return "http://localhost:" + keycloakManagementPort;
  }

  /** The system property that overrides {@code name} for this kind of stack. */
  public String property(String name) {
    return propertyPrefix + name;
  }

  private static StackSettings read(
      String prefix,
      Path defaultDir,
      int db,
      int keycloak,
      int management,
      int smtp,
      int http,
      boolean fresh) {
    int httpPort = port(prefix + HTTP_PORT, http);
    if (httpPort < 81 || httpPort > 65535 - 6) {
      throw new StackException(
          "-D"
              + prefix
              + HTTP_PORT
              + "="
              + httpPort
              + " leaves no room for Payara's other ports"
              + " (base = HTTP port - 80); choose a port between 81 and 65529");
    }
    return new StackSettings(
        Path.of(System.getProperty(prefix + WORK_DIR, defaultDir.toString()))
            .toAbsolutePath()
            .normalize(),
        port(prefix + DB_PORT, db),
        port(prefix + KEYCLOAK_PORT, keycloak),
        port(prefix + KEYCLOAK_MANAGEMENT_PORT, management),
        port(prefix + SMTP_PORT, smtp),
        httpPort - 80,
        Boolean.parseBoolean(System.getProperty(prefix + DEMO_DATA, "true")),
        fresh,
        file("portal.ear", "the EAR"),
        file("portal.payara.zip", "the Payara distribution"),
        file("portal.keycloak.zip", "the Keycloak distribution"),
        prefix);
  }

  private static int port(String property, int defaultPort) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new StackException("-D" + property + "=" + value + " is not a port number");
    }
  }

  /** Maven passes these; started any other way, the message says what is missing. */
  private static Path file(String property, String what) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new StackException(
          "System property "
              + property
              + " (the path of "
              + what
              + ") is not set; start through Maven: ./mvnw -Prun, or mvn verify for the tests");
    }
    Path path = Path.of(value).toAbsolutePath();
    if (!Files.isRegularFile(path)) {
      throw new StackException(
          what + " is missing at " + path + "; build it first (./mvnw install)");
    }
    return path;
  }

  /** The repository root's {@code .run/}, which is git-ignored. */
  private static Path defaultRunDir() {
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    if (root != null && !root.isBlank()) {
      return Path.of(root, ".run");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) || Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir.resolve(".run");
      }
    }
    return Path.of(".run");
  }
}
