package com.channelportal.stack;

import com.channelportal.stack.base.Ports;
import com.channelportal.stack.base.StackException;
import com.channelportal.stack.base.SystemProperties;
import com.channelportal.stack.keycloak.KeycloakSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  /** This stack's Keycloak, for the launcher that realm-config's tests use as well. */
  public KeycloakSettings keycloak() {
    return new KeycloakSettings(
        keycloakZip, workDir, keycloakPort, keycloakManagementPort, portalUrl(), smtpPort, fresh);
  }

  public String keycloakUrl() {
    return keycloak().url();
  }

  public String keycloakManagementUrl() {
    return keycloak().managementUrl();
  }

  /** Every port the stack binds, for {@link Ports#requireFree} before anything starts. */
  public List<Ports.Wanted> ports() {
    List<Ports.Wanted> ports = new ArrayList<>();
    ports.add(new Ports.Wanted(dbPort, "MariaDB", property(DB_PORT)));
    ports.add(new Ports.Wanted(keycloakPort, "Keycloak HTTP", property(KEYCLOAK_PORT)));
    ports.add(
        new Ports.Wanted(
            keycloakManagementPort, "Keycloak management", property(KEYCLOAK_MANAGEMENT_PORT)));
    ports.add(new Ports.Wanted(smtpPort, "mail sink (SMTP)", property(SMTP_PORT)));
    String payara = property(HTTP_PORT);
    int base = payaraPortBase;
    ports.add(new Ports.Wanted(base + 80, "Payara HTTP", payara));
    ports.add(new Ports.Wanted(base + 81, "Payara HTTPS", payara));
    ports.add(new Ports.Wanted(base + 48, "Payara admin", payara));
    ports.add(new Ports.Wanted(base + 37, "Payara IIOP", payara));
    ports.add(new Ports.Wanted(base + 38, "Payara IIOP/SSL", payara));
    ports.add(new Ports.Wanted(base + 39, "Payara IIOP/SSL mutual auth", payara));
    ports.add(new Ports.Wanted(base + 76, "Payara JMS", payara));
    ports.add(new Ports.Wanted(base + 86, "Payara JMX", payara));
    ports.add(new Ports.Wanted(base + 66, "Payara OSGi shell", payara));
    ports.add(new Ports.Wanted(base + 9, "Payara debugger", payara));
    return ports;
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
    int httpPort = SystemProperties.port(prefix + HTTP_PORT, http);
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
        SystemProperties.directory(prefix + WORK_DIR, defaultDir),
        SystemProperties.port(prefix + DB_PORT, db),
        SystemProperties.port(prefix + KEYCLOAK_PORT, keycloak),
        SystemProperties.port(prefix + KEYCLOAK_MANAGEMENT_PORT, management),
        SystemProperties.port(prefix + SMTP_PORT, smtp),
        httpPort - 80,
        Boolean.parseBoolean(System.getProperty(prefix + DEMO_DATA, "true")),
        fresh,
        SystemProperties.file("portal.ear", "the EAR"),
        SystemProperties.file("portal.payara.zip", "the Payara distribution"),
        SystemProperties.file(KeycloakSettings.ZIP, "the Keycloak distribution"),
        prefix);
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
