package com.channelportal.isolation;

import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brand staff for the matrix. Real brand employees come through the intranet broker; these are
 * local users of the partners realm with the same realm roles and membership of the organization
 * {@code brand}, so that both a password grant and the browser login work. Their e-mail addresses
 * are outside brand.example on purpose: that domain would send the login to the intranet.
 * Idempotent, so that a stack shared with other tests may already have them.
 */
final class BrandStaffAccounts {

  private final String keycloakUrl;
  private final String password;

  BrandStaffAccounts(String keycloakUrl, String password) {
    this.keycloakUrl = keycloakUrl;
    this.password = password;
  }

  void ensure(List<Persona> staff) {
    var token = adminToken();
    var organization = brandOrganizationId(token);
    for (Persona persona : staff) {
      var id = userId(persona.username(), token).orElseGet(() -> create(persona, token));
      var roles = Json.createArrayBuilder();
      for (String role : persona.roles()) {
        roles.add(object(check(call("GET", "/roles/" + role, null, token), 200)));
      }
      check(
          call("POST", "/users/" + id + "/role-mappings/realm", roles.build().toString(), token),
          204);
      var joined = call("POST", "/organizations/" + organization + "/members", id, token);
      if (joined.statusCode() != 409) {
        check(joined, 201);
      }
    }
  }

  private String create(Persona persona, String token) {
    var user =
        Json.createObjectBuilder()
            .add("username", persona.username())
            .add("email", persona.username() + "@it-brand.test")
            .add("emailVerified", true)
            .add("enabled", true)
            .add("firstName", "IT")
            .add("lastName", persona.username())
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    check(call("POST", "/users", user.toString(), token), 201);
    return userId(persona.username(), token).orElseThrow();
  }

  private Optional<String> userId(String username, String token) {
    var query = "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    return array(check(call("GET", query, null, token), 200)).getValuesAs(JsonObject.class).stream()
        .filter(u -> username.equals(u.getString("username")))
        .map(u -> u.getString("id"))
        .findFirst();
  }

  private String brandOrganizationId(String token) {
    return array(check(call("GET", "/organizations?search=brand", null, token), 200))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> "brand".equals(o.getString("alias")))
        .map(o -> o.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No organization 'brand' in the partners realm"));
  }

  private HttpResponse<String> call(String method, String path, String body, String token) {
    var url = keycloakUrl + "/admin/realms/" + KeycloakTokens.REALM + path;
    return Http.request(method, url, body, "Authorization", "Bearer " + token);
  }

  private String adminToken() {
    var response =
        Http.postForm(
            keycloakUrl + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
    return Http.json(check(response, 200)).getString("access_token");
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

  private static JsonObject object(HttpResponse<String> response) {
    return Http.json(response);
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
