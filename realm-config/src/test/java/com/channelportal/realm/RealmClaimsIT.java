package com.channelportal.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.keycloak.KeycloakSettings;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The realms of realm-config, imported into the real Keycloak, give every demo person the claims
 * the portal relies on: tenant, roles and audience for partners; brand roles and the brand
 * organization for staff who arrive from the intranet. The tokens are those of the portal's own
 * client, so its mappers and scopes are under test too.
 */
@ExtendWith(RealmKeycloakExtension.class)
class RealmClaimsIT {

  /** The partners realm's own roles; Keycloak's default roles may come along in the claim. */
  private static final List<String> PORTAL_ROLES =
      RealmJson.realmRoleNames(RealmJson.realm(RealmTemplates.PARTNERS));

  private static KeycloakSettings keycloak;
  private static PortalLogin login;

  @BeforeAll
  static void useTheRealmsKeycloak() {
    keycloak = RealmKeycloakExtension.keycloak();
    login = new PortalLogin(keycloak);
  }

  @ParameterizedTest
  @CsvSource({
    "litai.admin, litai, partner-admin partner-user",
    "litai.user, litai, partner-user",
    "huanan.admin, huanan, partner-admin partner-user",
    "huanan.user, huanan, partner-user"
  })
  void partnerTokensCarryTenantRolesAndAudience(String user, String tenant, String roles) {
    var claims = login.asPartner(user);

    assertThat(strings(claims, "organization")).containsExactly(tenant);
    assertThat(portalRoles(claims))
        .containsExactlyInAnyOrder(roles.split(" "))
        .doesNotContain("channel-manager", "brand-admin", "brand-sales");
    assertThat(strings(claims, "aud")).contains(PortalLogin.CLIENT_ID);
    assertThat(claims.getString("iss")).isEqualTo(keycloak.url() + "/realms/partners");
  }

  @ParameterizedTest
  @CsvSource({
    "li.na, brand-admin channel-manager",
    "zhao.lei, brand-sales",
    "zhang.wei, channel-manager",
  })
  void intranetStaffArriveWithTheirBrandRolesInTheBrandOrganization(String user, String roles) {
    var claims = login.throughBrandIntranet(user);

    assertThat(portalRoles(claims))
        .containsExactlyInAnyOrder(roles.split(" "))
        .doesNotContain("partner-user", "partner-admin");
    assertThat(strings(claims, "organization")).containsExactly("brand");
    assertThat(claims.getString("email")).isEqualTo(user + "@brand.example");
    assertThat(strings(claims, "aud")).contains(PortalLogin.CLIENT_ID);
    assertThat(claims.getString("iss")).isEqualTo(keycloak.url() + "/realms/partners");
  }

  /** The realm roles in the flat {@code groups} claim that the portal maps to its roles. */
  private static List<String> portalRoles(JsonObject claims) {
    return strings(claims, "groups").stream().filter(PORTAL_ROLES::contains).toList();
  }

  /** A claim that is one string or an array of them, e.g. {@code aud}. */
  private static List<String> strings(JsonObject claims, String name) {
    assertThat(claims).as("claims %s", claims).containsKey(name);
    var value = claims.get(name);
    return value instanceof JsonArray array
        ? array.getValuesAs(JsonString::getString)
        : List.of(((JsonString) value).getString());
  }
}
