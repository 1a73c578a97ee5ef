package com.channelportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Keycloak's admin API for test fixtures: brand staff normally arrive through the intranet, but a
 * test that needs a brand admin's API token creates one directly in the partners realm.
 */
public final class KeycloakAdmin {

  private final String keycloakUrl;

  public KeycloakAdmin(String keycloakUrl) {
    this.keycloakUrl = keycloakUrl;
  }

  /** Creates a user with a password, realm roles and (optionally) organization membership. */
  public void createUser(
      String username, String password, String organizationAlias, String... roles) {
    var user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", username + "@brand.example")
            .add("emailVerified", true)
            .add("enabled", true)
            .add("firstName", username)
            .add("lastName", "Test")
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    var created = Http.sendJson("POST", realmUrl("/users"), token(), user.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var location = created.headers().firstValue("Location").orElseThrow();
    var userId = location.substring(location.lastIndexOf('/') + 1);
    addRealmRoles(userId, roles);
    if (organizationAlias != null) {
      addMember(organizationAlias, userId);
    }
  }

  private void addRealmRoles(String userId, String... roles) {
    var mappings = Json.createArrayBuilder();
    for (String role : roles) {
      var found = Http.get(realmUrl("/roles/" + role), "Authorization", "Bearer " + token());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      mappings.add(Http.json(found));
    }
    var added =
        Http.sendJson(
            "POST",
            realmUrl("/users/" + userId + "/role-mappings/realm"),
            token(),
            mappings.build().toString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
  }

  private void addMember(String alias, String userId) {
    var search =
        Http.get(realmUrl("/organizations?search=" + alias), "Authorization", "Bearer " + token());
    var organization =
        Http.jsonArray(search).getValuesAs(JsonObject.class).stream()
            .filter(o -> alias.equals(o.getString("alias")))
            .findFirst()
            .orElseThrow();
    var added =
        Http.sendJson(
            "POST",
            realmUrl("/organizations/" + organization.getString("id") + "/members"),
            token(),
            Json.createValue(userId).toString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  String token() {
    var response =
        Http.postForm(
            keycloakUrl + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("access_token");
  }

  String realmUrl(String path) {
    return keycloakUrl + "/admin/realms/" + KeycloakTokens.REALM + path;
  }
}
