package com.channelportal.realm;

import static com.channelportal.realm.RealmJson.find;
import static com.channelportal.realm.RealmJson.people;
import static com.channelportal.realm.RealmJson.realmRoleNames;
import static com.channelportal.realm.RealmJson.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BrandIntranetRealmTest {

  private final JsonObject realm = RealmJson.realm(RealmTemplates.BRAND_INTRANET);

  @Test
  void rolesAreThePortalRolesTheBrandHandsOut() {
    assertThat(realm.getString("realm")).isEqualTo("brand-intranet");
    assertThat(realmRoleNames(realm))
        .containsExactlyInAnyOrder(
            "portal-channel-manager", "portal-brand-sales", "portal-brand-admin");
  }

  @Test
  void usersHoldOnlyRolesDefinedHere() {
    Map<String, List<String>> rolesByUser =
        people(realm).stream()
            .collect(
                Collectors.toMap(
                    u -> u.getString("username"), u -> portalRoles(u.getJsonArray("realmRoles"))));

    assertThat(rolesByUser)
        .containsOnlyKeys("zhang.wei", "li.na", "zhao.lei")
        .containsEntry("zhang.wei", List.of("portal-channel-manager"))
        .containsEntry("zhao.lei", List.of("portal-brand-sales"));
    assertThat(rolesByUser.get("li.na"))
        .containsExactlyInAnyOrder("portal-brand-admin", "portal-channel-manager");
    for (JsonObject user : people(realm)) {
      assertThat(strings(user.getJsonArray("realmRoles")))
          .as(user.getString("username"))
          .isSubsetOf(RealmJson.assignableRoles(realm));
    }
  }

  @Test
  void usersAreBrandEmployees() {
    for (JsonObject user : people(realm)) {
      assertThat(user.getString("email")).endsWith("@brand.example");
      assertThat(user.getBoolean("emailVerified")).isTrue();
    }
  }

  @Test
  void brokerClientSendsRolesAsGroupsInTheIdToken() {
    JsonObject broker = find(realm.getJsonArray("clients"), "clientId", "partners-broker");
    JsonObject config = RealmJson.mapper(broker, "oidc-usermodel-realm-role-mapper");

    assertThat(broker.getBoolean("publicClient")).isFalse();
    assertThat(broker.getBoolean("standardFlowEnabled")).isTrue();
    assertThat(broker.getBoolean("directAccessGrantsEnabled")).isFalse();
    assertThat(config.getString("claim.name")).isEqualTo("groups");
    assertThat(config.getString("multivalued")).isEqualTo("true");
    assertThat(config.getString("id.token.claim")).isEqualTo("true");
    assertThat(config.getString("access.token.claim")).isEqualTo("true");
    assertThat(config.getString("userinfo.token.claim")).isEqualTo("true");
  }

  private List<String> portalRoles(JsonArray roles) {
    return strings(roles).stream()
        .filter(role -> !role.equals(RealmJson.defaultRole(realm)))
        .toList();
  }
}
