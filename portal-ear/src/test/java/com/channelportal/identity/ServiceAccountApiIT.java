package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.realm.RealmTemplates;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ERP/CRM integrations from outside: the shipped service-account clients get client-credentials
 * tokens whose roles and tenant come from the realm, and the API scopes them like people.
 */
@ExtendWith(StackExtension.class)
class ServiceAccountApiIT {

  private static final String LITAI_CRM = "litai-crm";
  private static final String BRAND_ERP = "brand-erp";

  private static PortalStack stack;
  private static Map<String, String> secrets;

  @BeforeAll
  static void demoSecrets() {
    stack = StackExtension.stack();
    var values = RealmTemplates.demoValues(stack.portalUrl(), stack.keycloakUrl());
    secrets =
        Map.of(
            LITAI_CRM, values.get(RealmTemplates.LITAI_CRM_SECRET),
            BRAND_ERP, values.get(RealmTemplates.BRAND_ERP_SECRET));
  }

  @Test
  void distributorCrmTokenCarriesItsTenantRoleAndOurAudience() {
    var claims = KeycloakTokens.claims(token(LITAI_CRM));

    assertThat(claims.getJsonArray("organization").getValuesAs(JsonString::getString))
        .containsExactly("litai");
    assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString))
        .contains("partner-user")
        .doesNotContain("partner-admin", "brand-admin");
    assertThat(claims.get("aud").toString()).contains("partner-portal");
    assertThat(claims.getString("typ")).isEqualTo("Bearer");
    assertThat(claims.getString("sub")).isNotBlank();
  }

  @Test
  void brandErpTokenIsBrandAdminWithoutTenant() {
    var claims = KeycloakTokens.claims(token(BRAND_ERP));

    assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString))
        .contains("brand-admin");
    assertThat(claims.containsKey("organization")).isFalse();
    assertThat(claims.get("aud").toString()).contains("partner-portal");
    assertThat(claims.getString("typ")).isEqualTo("Bearer");
  }

  @Test
  void distributorCrmIsAPartnerOfLitai() {
    var response = get("/api/v1/me", token(LITAI_CRM));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var me = Http.json(response);
    assertThat(me.getString("username")).isEqualTo("service-account-litai-crm");
    assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("litai");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("partner-user");
  }

  @Test
  void brandErpIsBrandAdminWithoutPartnerOrganization() {
    var response = get("/api/v1/me", token(BRAND_ERP));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var me = Http.json(response);
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).contains("brand-admin");
    assertThat(hasNoOrganization(me)).as(me.toString()).isTrue();
  }

  @Test
  void distributorCrmSeesOnlyItsOwnCompany() {
    var page = Http.json(get("/api/v1/partners?limit=100", token(LITAI_CRM)));

    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(items(page)).extracting(p -> p.getString("organization")).containsExactly("litai");
    assertThat(page.toString()).doesNotContain("huanan").doesNotContain("华南电气");
  }

  @Test
  void brandErpSeesAllDistributors() {
    var page = Http.json(get("/api/v1/partners?limit=100", token(BRAND_ERP)));

    assertThat(items(page))
        .extracting(p -> p.getString("organization"))
        .contains("litai", "huanan")
        .doesNotContain("brand");
  }

  @Test
  void distributorCrmCannotReadAnotherDistributor() {
    var huanan = idOf("huanan");

    var response = get("/api/v1/partners/" + huanan, token(LITAI_CRM));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("华南电气");
    assertThat(get("/api/v1/partners/" + huanan, token(BRAND_ERP)).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongSecretGetsNoToken() {
    var response = tokenResponse(LITAI_CRM, "not-" + secrets.get(LITAI_CRM));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(Http.json(response).containsKey("access_token")).isFalse();
  }

  @Test
  void integrationClientsCannotUsePasswordGrant() {
    var response =
        Http.postForm(
            tokenUrl(),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                LITAI_CRM,
                "client_secret",
                secrets.get(LITAI_CRM),
                "username",
                "litai.user",
                "password",
                stack.demoPassword()));

    assertThat(response.statusCode()).as(response.body()).isBetween(400, 401);
    assertThat(Http.json(response).containsKey("access_token")).isFalse();
  }

  @Test
  void partnerRoleWithoutTenantClaimSeesNoPartner() {
    var clientId = "it-sa-" + UUID.randomUUID().toString().substring(0, 8);
    var secret = UUID.randomUUID().toString();
    createServiceAccountClient(clientId, secret, "partner-user");
    var token = Http.json(tokenResponse(clientId, secret)).getString("access_token");
    assertThat(KeycloakTokens.claims(token).containsKey("organization")).isFalse();

    var me = Http.json(get("/api/v1/me", token));
    assertThat(hasNoOrganization(me)).as(me.toString()).isTrue();

    var page = get("/api/v1/partners?limit=100", token);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(Http.json(page).getInt("total")).as(page.body()).isZero();
    assertThat(get("/api/v1/partners/" + idOf("litai"), token).statusCode()).isEqualTo(404);
  }

  /**
   * Like {@code litai-crm} but without the hard-coded organization claim: a forgotten tenant must
   * leave the integration with nothing, not with everything.
   */
  private static void createServiceAccountClient(String clientId, String secret, String role) {
    var keycloak = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword());
    var admin = keycloak.adminToken();
    var client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("secret", secret)
            .add("publicClient", false)
            .add("serviceAccountsEnabled", true)
            .add("standardFlowEnabled", false)
            .add("directAccessGrantsEnabled", false)
            .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("profile"))
            .add(
                "protocolMappers",
                Json.createArrayBuilder()
                    .add(
                        mapper(
                            "groups",
                            "oidc-usermodel-realm-role-mapper",
                            Map.of("claim.name", "groups", "multivalued", "true")))
                    .add(
                        mapper(
                            "audience",
                            "oidc-audience-mapper",
                            Map.of("included.client.audience", "partner-portal"))))
            .build();
    var created = Http.sendJson("POST", keycloak.adminUrl("/clients"), admin, client.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var location = created.headers().firstValue("Location").orElseThrow();
    var id = location.substring(location.lastIndexOf('/') + 1);

    var user =
        Http.json(
            Http.get(
                keycloak.adminUrl("/clients/" + id + "/service-account-user"),
                "Authorization",
                "Bearer " + admin));
    var roleRep = Http.get(keycloak.adminUrl("/roles/" + role), "Authorization", "Bearer " + admin);
    assertThat(roleRep.statusCode()).as(roleRep.body()).isEqualTo(200);
    var added =
        Http.sendJson(
            "POST",
            keycloak.adminUrl("/users/" + user.getString("id") + "/role-mappings/realm"),
            admin,
            Json.createArrayBuilder().add(Http.json(roleRep)).build().toString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
  }

  private static JsonObject mapper(String name, String type, Map<String, String> config) {
    var settings =
        Json.createObjectBuilder().add("access.token.claim", "true").add("id.token.claim", "false");
    config.forEach(settings::add);
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add("config", settings)
        .build();
  }

  /** JSON-B leaves out null properties, so "no organization" may be null or absent. */
  private static boolean hasNoOrganization(JsonObject me) {
    return !me.containsKey("organization") || me.isNull("organization");
  }

  private static long idOf(String alias) {
    var page = Http.json(get("/api/v1/partners?limit=100&q=" + alias, token(BRAND_ERP)));
    return items(page).stream()
        .filter(p -> alias.equals(p.getString("organization")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static String token(String clientId) {
    var response = tokenResponse(clientId, secrets.get(clientId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("access_token");
  }

  private static HttpResponse<String> tokenResponse(String clientId, String secret) {
    return Http.postForm(
        tokenUrl(),
        Map.of(
            "grant_type", "client_credentials",
            "client_id", clientId,
            "client_secret", secret));
  }

  private static String tokenUrl() {
    return stack.keycloakUrl()
        + "/realms/"
        + KeycloakTokens.REALM
        + "/protocol/openid-connect/token";
  }

  private static HttpResponse<String> get(String path, String token) {
    return Http.get(stack.portalUrl() + path, "Authorization", "Bearer " + token);
  }
}
