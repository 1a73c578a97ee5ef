package com.channelportal.stack.keycloak;

import com.channelportal.realm.RealmTemplates;
import java.nio.file.Path;
import java.util.Map;

/**
 * One local Keycloak: its distribution, directory and ports, and what the rendered realms point to.
 *
 * @param workDir the stack's directory, which holds Keycloak's installation, data and log
 * @param portalUrl the portal the realms redirect to; nothing has to listen there
 * @param smtpPort where the realms send e-mail; nothing has to listen unless a test sends mail
 * @param fresh whether realms and users of an earlier start are thrown away first
 */
public record KeycloakSettings(
    Path zip,
    Path workDir,
    int port,
    int managementPort,
    String portalUrl,
    int smtpPort,
    boolean fresh) {

  /** The system property Maven sets to the distribution zip in the local repository. */
  public static final String ZIP = "portal.keycloak.zip";

  /** Always {@code localhost}: Keycloak's issuer follows the host name, and tokens check it. */
  public String url() {
    return "http://localhost:" + port;
  }

  public String managementUrl() {
    return "http://localhost:" + managementPort;
  }

  /** The realm placeholders: demo secrets and password, local URLs. */
  public Map<String, String> realmValues() {
    return RealmTemplates.demoValues(portalUrl, url(), smtpPort);
  }

  /** The password of every demo account in both realms. */
  public String demoPassword() {
    return realmValues().get(RealmTemplates.DEMO_PASSWORD);
  }
}
