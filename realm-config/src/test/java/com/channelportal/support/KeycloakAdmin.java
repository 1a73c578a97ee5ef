package com.channelportal.support;

import com.channelportal.stack.keycloak.Keycloak;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak's admin API for test fixtures. Real brand staff arrive through the intranet broker; a
 * test that needs a brand admin's or channel manager's token makes a local user of the partners
 * realm with the same realm roles and membership of the organization {@code brand}. Idempotent,
 * because the stack is shared by all test classes of a run.
 */
public final class KeycloakAdmin {

  private final String keycloakUrl;

  public KeycloakAdmin(String keycloakUrl) {
    this.keycloakUrl = keycloakUrl;
  }

  /**
   * A user with a password, realm roles and membership of one organization. The e-mail is outside
   * brand.example on purpose: that domain sends a browser login on to the intranet.
   */
  public String ensureUser(
      String username, String password, String organizationAlias, String... roles) {
    var token = token();
    var id = userId(username, token).orElseGet(() -> create(username, password, token));
    var mappings = Json.createArrayBuilder();
    for (String role : roles) {
      mappings.add(Http.json(check(call("GET", "/roles/" + role, null, token), 200)));
    }
    check(
        call("POST", "/users/" + id + "/role-mappings/realm", mappings.build().toString(), token),
        204);
    var organization = organizationId(organizationAlias, token);
    var joined = call("POST", "/organizations/" + organization + "/members", id, token);
    if (joined.statusCode() != 409) {
      check(joined, 201);
    }
    return id;
  }

  public String token() {
    var response =
        Http.postForm(
            keycloakUrl + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                Keycloak.ADMIN,
                "password",
                Keycloak.ADMIN_PASSWORD));
    return Http.json(check(response, 200)).getString("access_token");
  }

  public String realmUrl(String path) {
    return keycloakUrl + "/admin/realms/" + KeycloakTokens.REALM + path;
  }

  private String create(String username, String password, String token) {
    var credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false);
    var user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", username + "@it-brand.test")
            .add("emailVerified", true)
            .add("enabled", true)
            .add("firstName", "IT")
            .add("lastName", username)
            .add("credentials", Json.createArrayBuilder().add(credential))
            .build();
    check(call("POST", "/users", user.toString(), token), 201);
    return userId(username, token).orElseThrow();
  }

  private Optional<String> userId(String username, String token) {
    var query = "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    return array(check(call("GET", query, null, token), 200)).getValuesAs(JsonObject.class).stream()
        .filter(u -> username.equals(u.getString("username")))
        .map(u -> u.getString("id"))
        .findFirst();
  }

  private String organizationId(String alias, String token) {
    return array(check(call("GET", "/organizations?search=" + alias, null, token), 200))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> alias.equals(o.getString("alias")))
        .map(o -> o.getString("id"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No organization '" + alias + "' in the partners realm"));
  }

  private HttpResponse<String> call(String method, String path, String body, String token) {
    return Http.request(method, realmUrl(path), body, "Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> check(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new AssertionError(
          "Keycloak admin API: "
              + response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ", expected "
              + expected
              + ": "
              + response.body());
    }
    return response;
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
