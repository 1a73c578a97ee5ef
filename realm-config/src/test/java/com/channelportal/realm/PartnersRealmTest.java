package com.channelportal.realm;

import static com.channelportal.realm.RealmJson.KEYCLOAK_URL;
import static com.channelportal.realm.RealmJson.PORTAL_BASE_URL;
import static com.channelportal.realm.RealmJson.field;
import static com.channelportal.realm.RealmJson.find;
import static com.channelportal.realm.RealmJson.people;
import static com.channelportal.realm.RealmJson.realmRoleNames;
import static com.channelportal.realm.RealmJson.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnersRealmTest {

  private final JsonObject realm = RealmJson.realm(RealmTemplates.PARTNERS);
  private final JsonObject intranet = RealmJson.realm(RealmTemplates.BRAND_INTRANET);

  @Test
  void organizationsAndChineseFirstLoginPagesAreOn() {
    assertThat(realm.getString("realm")).isEqualTo("partners");
    assertThat(realm.getBoolean("organizationsEnabled")).isTrue();
    assertThat(realm.getBoolean("internationalizationEnabled")).isTrue();
    assertThat(strings(realm.getJsonArray("supportedLocales"))).containsExactly("zh-CN", "en");
    assertThat(realm.getString("defaultLocale")).isEqualTo("zh-CN");
  }

  @Test
  void realmRolesAreThePortalRoles() {
    assertThat(realmRoleNames(realm))
        .containsExactlyInAnyOrder(
            "partner-user", "partner-admin", "channel-manager", "brand-sales", "brand-admin");
    assertThat(field(realm.getJsonObject("roles").getJsonArray("realm"), "description"))
        .allSatisfy(description -> assertThat(description).isNotBlank());
  }

  @Test
  void partnerAdminIncludesPartnerUser() {
    JsonObject admin =
        find(realm.getJsonObject("roles").getJsonArray("realm"), "name", "partner-admin");

    assertThat(admin.getBoolean("composite")).isTrue();
    assertThat(strings(admin.getJsonObject("composites").getJsonArray("realm")))
        .containsExactly("partner-user");
  }

  @Test
  void usersHoldOnlyDefinedRoles() {
    for (JsonObject user : people(realm)) {
      assertThat(strings(user.getJsonArray("realmRoles")))
          .as(user.getString("username"))
          .contains(RealmJson.defaultRole(realm))
          .hasSizeGreaterThan(1)
          .isSubsetOf(RealmJson.assignableRoles(realm));
    }
  }

  @Test
  void organizationMembersExist() {
    List<String> usernames = field(realm.getJsonArray("users"), "username");

    for (JsonObject org : organizations()) {
      assertThat(field(org.getJsonArray("members"), "username"))
          .as(org.getString("alias"))
          .isSubsetOf(usernames);
    }
  }

  @Test
  void everyDemoUserBelongsToExactlyOneOrganization() {
    Map<String, Long> memberships =
        organizations().stream()
            .flatMap(org -> field(org.getJsonArray("members"), "username").stream())
            .collect(Collectors.groupingBy(name -> name, Collectors.counting()));

    assertThat(people(realm)).hasSize(4);
    for (JsonObject user : people(realm)) {
      assertThat(memberships.get(user.getString("username")))
          .as(user.getString("username"))
          .isEqualTo(1L);
    }
  }

  @Test
  void demoUsersAreDistributorStaffWithMatchingEmailDomains() {
    for (JsonObject org : organizations()) {
      String domain = org.getJsonArray("domains").getJsonObject(0).getString("name");
      for (String username : field(org.getJsonArray("members"), "username")) {
        JsonObject user = find(realm.getJsonArray("users"), "username", username);
        assertThat(user.getString("email")).as(username).endsWith("@" + domain);
        assertThat(user.getBoolean("emailVerified")).isTrue();
        assertThat(user.getBoolean("enabled")).isTrue();
        assertThat(user.getJsonArray("credentials").getJsonObject(0).getBoolean("temporary"))
            .isFalse();
      }
    }
  }

  @Test
  void organizationsAreTheTwoDistributorsAndTheBrand() {
    assertThat(field(realm.getJsonArray("organizations"), "alias"))
        .containsExactlyInAnyOrder("litai", "huanan", "brand");
    assertThat(find(realm.getJsonArray("organizations"), "alias", "litai").getString("name"))
        .isEqualTo("深圳利泰机电有限公司");
  }

  @Test
  void partnerPortalUsesOnlyTheBrowserFlow() {
    JsonObject portal = client("partner-portal");

    assertThat(portal.getBoolean("publicClient")).isFalse();
    assertThat(portal.getBoolean("standardFlowEnabled")).isTrue();
    assertThat(portal.getBoolean("directAccessGrantsEnabled")).isFalse();
    assertThat(portal.getBoolean("implicitFlowEnabled")).isFalse();
    assertThat(strings(portal.getJsonArray("defaultClientScopes")))
        .contains("organization", "basic", "profile", "email");
    assertThat(realm.containsKey("clientScopes"))
        .as("Keycloak must create its built-ins")
        .isFalse();
  }

  @Test
  void partnerPortalPutsRealmRolesIntoAFlatGroupsClaim() {
    JsonObject config =
        RealmJson.mapper(client("partner-portal"), "oidc-usermodel-realm-role-mapper");

    assertThat(config.getString("claim.name")).isEqualTo("groups");
    assertThat(config.getString("multivalued")).isEqualTo("true");
    assertThat(config.getString("id.token.claim")).isEqualTo("true");
    assertThat(config.getString("access.token.claim")).isEqualTo("true");
    assertThat(config.getString("userinfo.token.claim")).isEqualTo("true");
  }

  @Test
  void partnerPortalIsTheAudienceOfAccessTokensOnly() {
    JsonObject config = RealmJson.mapper(client("partner-portal"), "oidc-audience-mapper");

    assertThat(config.getString("included.client.audience")).isEqualTo("partner-portal");
    assertThat(config.getString("access.token.claim")).isEqualTo("true");
    assertThat(config.getString("id.token.claim")).isEqualTo("false");
  }

  @Test
  void redirectsGoOnlyToThePortal() {
    JsonObject portal = client("partner-portal");
    String postLogout = portal.getJsonObject("attributes").getString("post.logout.redirect.uris");

    assertThat(strings(portal.getJsonArray("redirectUris")))
        .isNotEmpty()
        .allSatisfy(uri -> assertThat(uri).startsWith(PORTAL_BASE_URL + "/"));
    assertThat(strings(portal.getJsonArray("webOrigins"))).containsExactly(PORTAL_BASE_URL);
    assertThat(postLogout.split("##"))
        .allSatisfy(uri -> assertThat(uri).startsWith(PORTAL_BASE_URL + "/"));
  }

  @Test
  void backendIsAServiceAccountThatCanOnboardDistributors() {
    JsonObject backend = client("portal-backend");
    JsonObject account =
        find(realm.getJsonArray("users"), "serviceAccountClientId", "portal-backend");

    assertThat(backend.getBoolean("serviceAccountsEnabled")).isTrue();
    assertThat(backend.getBoolean("standardFlowEnabled")).isFalse();
    assertThat(backend.getBoolean("directAccessGrantsEnabled")).isFalse();
    assertThat(strings(account.getJsonObject("clientRoles").getJsonArray("realm-management")))
        .containsExactlyInAnyOrder(
            "manage-users", "view-users", "query-users", "manage-realm", "view-realm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"litai-crm", "brand-erp"})
  void integrationClientsUseOnlyClientCredentials(String clientId) {
    JsonObject client = client(clientId);

    assertThat(client.getBoolean("publicClient")).isFalse();
    assertThat(client.getString("clientAuthenticatorType")).isEqualTo("client-secret");
    assertThat(client.getBoolean("serviceAccountsEnabled")).isTrue();
    assertThat(client.getBoolean("standardFlowEnabled")).isFalse();
    assertThat(client.getBoolean("implicitFlowEnabled")).isFalse();
    assertThat(client.getBoolean("directAccessGrantsEnabled")).isFalse();
    assertThat(client.containsKey("redirectUris")).isFalse();
    assertThat(strings(client.getJsonArray("defaultClientScopes")))
        .as("basic carries sub; the organization scope only knows members, not service accounts")
        .contains("basic")
        .doesNotContain("organization");
  }

  @ParameterizedTest
  @ValueSource(strings = {"litai-crm", "brand-erp"})
  void integrationTokensLookLikeThePortalsToTheApi(String clientId) {
    JsonObject portal = client("partner-portal");
    JsonObject client = client(clientId);

    for (String type : List.of("oidc-usermodel-realm-role-mapper", "oidc-audience-mapper")) {
      assertThat(RealmJson.mapper(client, type)).as(type).isEqualTo(RealmJson.mapper(portal, type));
    }
  }

  @Test
  void litaiCrmCarriesTheLitaiTenantAndPartnerUserRole() {
    JsonObject config = RealmJson.mapper(client("litai-crm"), "oidc-hardcoded-claim-mapper");

    assertThat(config.getString("claim.name")).isEqualTo("organization");
    assertThat(config.getString("jsonType.label")).isEqualTo("JSON");
    assertThat(config.getString("access.token.claim")).isEqualTo("true");
    assertThat(RealmJson.parseArray(config.getString("claim.value")))
        .isEqualTo(Json.createArrayBuilder().add("litai").build());
    assertThat(field(realm.getJsonArray("organizations"), "alias")).contains("litai");
    assertThat(serviceAccountRoles("litai-crm")).containsExactly("partner-user");
  }

  @Test
  void brandErpIsBrandAdminWithoutTenant() {
    JsonObject erp = client("brand-erp");

    assertThat(field(erp.getJsonArray("protocolMappers"), "protocolMapper"))
        .doesNotContain("oidc-hardcoded-claim-mapper", "oidc-organization-membership-mapper");
    assertThat(erp.getJsonArray("protocolMappers").toString()).doesNotContain("organization");
    assertThat(serviceAccountRoles("brand-erp")).containsExactly("brand-admin");
  }

  @Test
  void integrationAccountsAreNoOrganizationMembers() {
    List<String> members =
        organizations().stream()
            .flatMap(org -> field(org.getJsonArray("members"), "username").stream())
            .toList();

    for (String clientId : List.of("litai-crm", "brand-erp")) {
      JsonObject account = find(realm.getJsonArray("users"), "serviceAccountClientId", clientId);
      assertThat(account.getString("username")).isEqualTo("service-account-" + clientId);
      assertThat(members).doesNotContain(account.getString("username"));
      assertThat(account.containsKey("credentials")).isFalse();
    }
  }

  @Test
  void intranetRolesMapToPortalRolesByGroupsClaim() {
    JsonArray mappers = realm.getJsonArray("identityProviderMappers");
    Map<String, String> roleByClaimValue =
        mappers.getValuesAs(JsonObject.class).stream()
            .map(m -> m.getJsonObject("config"))
            .collect(Collectors.toMap(c -> c.getString("claim.value"), c -> c.getString("role")));

    assertThat(roleByClaimValue)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "portal-channel-manager", "channel-manager",
                "portal-brand-sales", "brand-sales",
                "portal-brand-admin", "brand-admin"));
    for (JsonObject mapper : mappers.getValuesAs(JsonObject.class)) {
      assertThat(mapper.getString("identityProviderAlias")).isEqualTo("brand-intranet");
      assertThat(mapper.getString("identityProviderMapper")).isEqualTo("oidc-role-idp-mapper");
      assertThat(mapper.getJsonObject("config").getString("claim")).isEqualTo("groups");
      assertThat(mapper.getJsonObject("config").getString("syncMode")).isEqualTo("INHERIT");
    }
    assertThat(roleByClaimValue.keySet()).isSubsetOf(realmRoleNames(intranet));
    assertThat(roleByClaimValue.values()).isSubsetOf(realmRoleNames(realm));
  }

  @Test
  void identityProviderIsTheIntranetsBrokerClient() {
    JsonObject idp = find(realm.getJsonArray("identityProviders"), "alias", "brand-intranet");
    JsonObject config = idp.getJsonObject("config");
    JsonObject broker = find(intranet.getJsonArray("clients"), "clientId", "partners-broker");
    String intranetUrl = KEYCLOAK_URL + "/realms/brand-intranet";

    assertThat(config.getString("clientId")).isEqualTo("partners-broker");
    assertThat(config.getString("clientSecret")).isEqualTo(broker.getString("secret"));
    assertThat(config.getString("issuer")).isEqualTo(intranetUrl);
    assertThat(config.getString("authorizationUrl")).startsWith(intranetUrl + "/protocol/");
    assertThat(config.getString("tokenUrl")).startsWith(intranetUrl + "/protocol/");
    assertThat(config.getString("jwksUrl")).startsWith(intranetUrl + "/protocol/");
    assertThat(config.getString("syncMode")).isEqualTo("FORCE");
    assertThat(config.getString("pkceMethod")).isEqualTo("S256");
    assertThat(idp.getBoolean("trustEmail")).isTrue();
    assertThat(strings(broker.getJsonArray("redirectUris")))
        .containsExactly(KEYCLOAK_URL + "/realms/partners/broker/brand-intranet/endpoint");
  }

  @Test
  void brandEmailsAreSentToTheIntranet() {
    JsonObject brand = find(realm.getJsonArray("organizations"), "alias", "brand");
    JsonObject config =
        find(realm.getJsonArray("identityProviders"), "alias", "brand-intranet")
            .getJsonObject("config");

    assertThat(field(brand.getJsonArray("identityProviders"), "alias"))
        .containsExactly("brand-intranet");
    assertThat(field(brand.getJsonArray("domains"), "name")).containsExactly("brand.example");
    assertThat(config.getString("kc.org.domain")).isEqualTo("brand.example");
    assertThat(config.getString("kc.org.broker.redirect.mode.email-matches")).isEqualTo("true");
  }

  private List<JsonObject> organizations() {
    return realm.getJsonArray("organizations").getValuesAs(JsonObject.class);
  }

  private List<String> serviceAccountRoles(String clientId) {
    return strings(
        find(realm.getJsonArray("users"), "serviceAccountClientId", clientId)
            .getJsonArray("realmRoles"));
  }

  private JsonObject client(String clientId) {
    return find(realm.getJsonArray("clients"), "clientId", clientId);
  }
}
