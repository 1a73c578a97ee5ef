package com.channelportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Gets real tokens from the test Keycloak. The shipped realm allows no password grant, so tests
 * register their own throwaway clients through the admin API: one like the portal (our audience),
 * one for another audience, one whose tokens expire after a second.
 */
public final class KeycloakTokens {

  public static final String REALM = "partners";

  private final String keycloakUrl;
  private final String password;

  public KeycloakTokens(String keycloakUrl, String demoPassword) {
    this.keycloakUrl = keycloakUrl;
    this.password = demoPassword;
  }

  /** A client that gets tokens for the portal's API, like a partner's CRM acting for a user. */
  public TestClient portalAudienceClient() {
    return createClient(true, null);
  }

  public TestClient otherAudienceClient() {
    return createClient(false, null);
  }

  public TestClient shortLivedClient(int lifespanSeconds) {
    return createClient(true, lifespanSeconds);
  }

  public record TestClient(String tokenUrl, String clientId, String secret, String password) {

    public String accessToken(String username) {
      var response =
          Http.postForm(
              tokenUrl,
              Map.of(
                  "grant_type", "password",
                  "client_id", clientId,
                  "client_secret", secret,
                  "username", username,
                  "password", password,
                  "scope", "openid"));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return Http.json(response).getString("access_token");
    }
  }

  /** Decodes a JWT's payload without verifying it: for assertions on what Keycloak issued. */
  public static JsonObject claims(String jwt) {
    var payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }

  private TestClient createClient(boolean portalAudience, Integer lifespanSeconds) {
    var clientId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    var secret = UUID.randomUUID().toString();
    var mappers = Json.createArrayBuilder().add(groupsMapper());
    if (portalAudience) {
      mappers.add(audienceMapper());
    }
    var attributes = Json.createObjectBuilder();
    if (lifespanSeconds != null) {
      attributes.add("access.token.lifespan", String.valueOf(lifespanSeconds));
    }
    var client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("secret", secret)
            .add("publicClient", false)
            .add("standardFlowEnabled", false)
            .add("directAccessGrantsEnabled", true)
            .add("protocolMappers", mappers)
            .add("attributes", attributes)
            // "basic" carries sub; a client created through the API gets only what it names
            .add(
                "defaultClientScopes",
                Json.createArrayBuilder()
                    .add("basic")
                    .add("profile")
                    .add("email")
                    .add("roles")
                    .add("organization"))
            .build();
    var created = Http.sendJson("POST", adminUrl("/clients"), adminToken(), client.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new TestClient(
        keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token",
        clientId,
        secret,
        password);
  }

  /** The admin API of the partners realm, e.g. {@code adminUrl("/users")}. */
  public String adminUrl(String path) {
    return new KeycloakAdmin(keycloakUrl).realmUrl(path);
  }

  /** A fresh token of Keycloak's admin user, for the admin API. */
  public String adminToken() {
    return new KeycloakAdmin(keycloakUrl).token();
  }

  private static JsonObject groupsMapper() {
    return Json.createObjectBuilder()
        .add("name", "groups")
        .add("protocol", "openid-connect")
        .add("protocolMapper", "oidc-usermodel-realm-role-mapper")
        .add(
            "config",
            Json.createObjectBuilder()
                .add("claim.name", "groups")
                .add("multivalued", "true")
                .add("jsonType.label", "String")
                .add("access.token.claim", "true")
                .add("id.token.claim", "true"))
        .build();
  }

  private static JsonObject audienceMapper() {
    return Json.createObjectBuilder()
        .add("name", "audience")
        .add("protocol", "openid-connect")
        .add("protocolMapper", "oidc-audience-mapper")
        .add(
            "config",
            Json.createObjectBuilder()
                .add("included.client.audience", "partner-portal")
                .add("access.token.claim", "true")
                .add("id.token.claim", "false"))
        .build();
  }
}
