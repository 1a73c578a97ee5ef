package com.channelportal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API from outside: each caller sees its own scope, changes need the current ETag, and
 * bad input is refused with the field and the reason.
 */
@ExtendWith(StackExtension.class)
class PartnersApiIT {

  private static final String BRAND_ADMIN = "it.partners.brandadmin";
  private static final String CHANNEL_MANAGER = "it.partners.cm";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    admin.ensureUser(CHANNEL_MANAGER, stack.demoPassword(), "brand", "channel-manager");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void partnerSeesOnlyItsOwnCompany() {
    var page = Http.json(get("/api/v1/partners", "litai.user"));

    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(items(page)).extracting(p -> p.getString("organization")).containsExactly("litai");
    assertThat(page.toString()).doesNotContain("huanan").doesNotContain("华南电气");
  }

  @Test
  void anotherTenantsCompanyIsNotFoundNotForbidden() {
    var litai = idOf("litai");

    var response = get("/api/v1/partners/" + litai, "huanan.admin");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("利泰");
  }

  @Test
  void brandAdminSeesAllDistributorsButNotTheBrand() {
    var page = Http.json(get("/api/v1/partners?limit=100", BRAND_ADMIN));

    assertThat(items(page))
        .extracting(p -> p.getString("organization"))
        .contains("litai", "huanan")
        .doesNotContain("brand");
  }

  @Test
  void channelManagerSeesOnlyAssignedPartners() {
    assertThat(Http.json(get("/api/v1/partners", CHANNEL_MANAGER)).getInt("total")).isZero();

    var huanan = Http.json(get("/api/v1/partners/" + idOf("huanan"), BRAND_ADMIN));
    var assigned =
        put(
            "/api/v1/partners/" + idOf("huanan") + "/programme",
            BRAND_ADMIN,
            etagOf("huanan"),
            programme(huanan, "channelManager", CHANNEL_MANAGER));
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

    var page = Http.json(get("/api/v1/partners", CHANNEL_MANAGER));
    assertThat(items(page)).extracting(p -> p.getString("organization")).containsExactly("huanan");
  }

  @Test
  void partnerAdminKeepsItsContactWithTheCurrentVersion() {
    var id = idOf("litai");
    var etag = etagOf("litai");
    var contact =
        "{\"name\":\"李泰安\",\"phone\":\"+86 755 8225 4848\",\"email\":\"admin@litai.example\"}";

    var changed = put("/api/v1/partners/" + id + "/contact", "litai.admin", etag, contact);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

    var stale = put("/api/v1/partners/" + id + "/contact", "litai.admin", etag, contact);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertProblem(stale);

    var blind =
        Http.sendJson(
            "PUT", url("/api/v1/partners/" + id + "/contact"), token("litai.admin"), contact);
    assertThat(blind.statusCode()).isEqualTo(428);
    assertProblem(blind);
  }

  @Test
  void partnerUserMayNotChangeContactAndPartnerAdminNotTheProgramme() {
    var id = idOf("litai");
    var contact = "{\"name\":\"x\"}";

    var byUser = put("/api/v1/partners/" + id + "/contact", "litai.user", etagOf("litai"), contact);
    assertThat(byUser.statusCode()).isEqualTo(403);

    var programme = "{\"name\":\"x\",\"tier\":\"PLATINUM\",\"status\":\"ACTIVE\"}";
    var byAdmin =
        put("/api/v1/partners/" + id + "/programme", "litai.admin", etagOf("litai"), programme);
    assertThat(byAdmin.statusCode()).isEqualTo(403);
  }

  @Test
  void twoEditorsWithTheSameVersionCannotBothWin() {
    var id = idOf("huanan");
    var etag = etagOf("huanan");
    var path = "/api/v1/partners/" + id + "/contact";

    var first =
        CompletableFuture.supplyAsync(() -> put(path, BRAND_ADMIN, etag, "{\"name\":\"甲\"}"));
    var second =
        CompletableFuture.supplyAsync(() -> put(path, BRAND_ADMIN, etag, "{\"name\":\"乙\"}"));

    assertThat(List.of(first.join().statusCode(), second.join().statusCode()))
        .containsExactlyInAnyOrder(200, 412);
  }

  @Test
  void invalidInputIsRefusedWithFieldAndReason() {
    var id = idOf("litai");
    var litai = Http.json(get("/api/v1/partners/" + id, BRAND_ADMIN));

    var badCheck =
        put(
            "/api/v1/partners/" + id + "/programme",
            BRAND_ADMIN,
            etagOf("litai"),
            programme(litai, "uscc", "91440300MA5DLT2K0Q"));
    assertInvalid(badCheck, "uscc", "uscc.CHECK_CHARACTER");

    var duplicate =
        put(
            "/api/v1/partners/" + id + "/programme",
            BRAND_ADMIN,
            etagOf("litai"),
            programme(litai, "uscc", "91440101MA59HN3X2K"));
    assertInvalid(duplicate, "uscc", "uscc.DUPLICATE");

    var tooLong =
        put(
            "/api/v1/partners/" + id + "/contact",
            BRAND_ADMIN,
            etagOf("litai"),
            "{\"name\":\"" + "长".repeat(101) + "\"}");
    assertInvalid(tooLong, "contact.name", "contact.name.TOO_LONG");

    var badEmail =
        put(
            "/api/v1/partners/" + id + "/contact",
            BRAND_ADMIN,
            etagOf("litai"),
            "{\"email\":\"not-an-address\"}");
    assertInvalid(badEmail, "contact.email", "contact.email.FORMAT");

    var unknownTier =
        put(
            "/api/v1/partners/" + id + "/programme",
            BRAND_ADMIN,
            etagOf("litai"),
            "{\"name\":\"x\",\"tier\":\"DIAMOND\",\"status\":\"ACTIVE\"}");
    assertThat(unknownTier.statusCode()).as(unknownTier.body()).isEqualTo(400);
    assertProblem(unknownTier);

    var broken =
        put("/api/v1/partners/" + id + "/contact", BRAND_ADMIN, etagOf("litai"), "{\"name\":");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    assertProblem(broken);
  }

  @Test
  void scriptInTextIsStoredAsText() {
    var id = idOf("litai");
    var script = "<script>alert('x')</script>";

    var changed =
        put(
            "/api/v1/partners/" + id + "/contact",
            BRAND_ADMIN,
            etagOf("litai"),
            "{\"name\":\"" + script.replace("'", "\\u0027") + "\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).getJsonObject("contact").getString("name")).isEqualTo(script);
  }

  @Test
  void badPagingIsRefused() {
    assertThat(get("/api/v1/partners?limit=1000", BRAND_ADMIN).statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/partners?offset=-1", BRAND_ADMIN).statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/partners/not-a-number", BRAND_ADMIN).statusCode()).isEqualTo(404);
  }

  /** The partner's current programme as JSON, with one field replaced. */
  private static String programme(JsonObject partner, String field, String value) {
    var programme = Json.createObjectBuilder();
    for (var name : List.of("name", "uscc", "region", "tier", "status", "channelManager")) {
      if (partner.containsKey(name) && !partner.isNull(name)) {
        programme.add(name, partner.getString(name));
      }
    }
    return programme.add(field, value).build().toString();
  }

  private static void assertInvalid(HttpResponse<String> response, String field, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertProblem(response);
    var error = Http.json(response).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo(field);
    assertThat(error.getString("reason")).isEqualTo(reason);
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception");
  }

  private static long idOf(String alias) {
    var page = Http.json(get("/api/v1/partners?limit=100&q=" + alias, BRAND_ADMIN));
    return items(page).stream()
        .filter(p -> alias.equals(p.getString("organization")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String etagOf(String alias) {
    return get("/api/v1/partners/" + idOf(alias), BRAND_ADMIN)
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static HttpResponse<String> get(String path, String user) {
    return Http.get(url(path), "Authorization", "Bearer " + token(user));
  }

  private static HttpResponse<String> put(String path, String user, String etag, String json) {
    return Http.sendJson("PUT", url(path), token(user), json, "If-Match", etag);
  }

  private static String token(String user) {
    return client.accessToken(user);
  }

  private static String url(String path) {
    return stack.portalUrl() + path;
  }
}
