package com.channelportal.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who the portal is to it. Read from MicroProfile Config, so each value can
 * be set by an environment variable ({@code PORTAL_OIDC_PROVIDER_URI}, …); named so that the OIDC
 * mechanism definition can reach it through EL.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "portal.oidc.provider-uri")
  String providerUri;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "partner-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-secret")
  String clientSecret;

  /** The audience an API token must carry. */
  @Inject
  @ConfigProperty(name = "portal.api.audience", defaultValue = "partner-portal")
  String apiAudience;

  /** The portal's public URL, e.g. {@code http://localhost:8080}; used after logout. */
  @Inject
  @ConfigProperty(name = "portal.base-url")
  String baseUrl;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getApiAudience() {
    return apiAudience;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public String getJwksUri() {
    return providerUri + "/protocol/openid-connect/certs";
  }

  public String getEndSessionUri() {
    return providerUri + "/protocol/openid-connect/logout";
  }
}
