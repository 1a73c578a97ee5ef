package com.channelportal.direct;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The direct-sales API from outside, with real tokens: brand sales record and edit their
 * opportunities with ETags, an ERP resends an import without duplicates, activities are logged,
 * conflicts with partners' claims are shown to brand staff, bad input is refused field by field,
 * and partners get 403 everywhere.
 */
@ExtendWith(StackExtension.class)
class DirectOpportunitiesApiIT {

  private static final String SALES = "it.direct.api.sales";
  private static final String ADMIN = "it.direct.api.admin";
  private static final String OPPORTUNITIES = "/api/v1/direct-opportunities";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TRADE_NAME_CHARACTERS = "翰墨澄渊沐泓琪瑜璞琛瀚珏锦霖熠琅璋骏晟";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(SALES, stack.demoPassword(), "brand", "brand-sales");
    admin.ensureUser(ADMIN, stack.demoPassword(), "brand", "brand-admin");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void brandSalesRecordEditAndCloseWithVersions() {
    var created = send("POST", OPPORTUNITIES, SALES, null, form(customer()).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var opportunity = Http.json(created);
    var path = OPPORTUNITIES + "/" + opportunity.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(path));
    assertThat(opportunity.getString("status")).isEqualTo("OPEN");
    assertThat(opportunity.getString("owner")).isEqualTo(SALES);
    assertThat(opportunity.getString("estimatedAmount")).isEqualTo("880000.00");
    assertThat(opportunity.getString("currency")).isEqualTo("CNY");
    assertThat(opportunity.getBoolean("inConflict")).isFalse();
    assertThat(opportunity.getString("notes")).isEqualTo("<script>alert(1)</script>");
    assertThat(LocalDate.parse(opportunity.getString("protectedUntil")))
        .isEqualTo(LocalDate.now(BRAND_ZONE).plusDays(30));

    var changed = form(customer()).add("estimatedAmount", "1000000.5").add("stage", "PROPOSAL");
    var updated = send("PUT", path, SALES, etag(created), changed.build());
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(Http.json(updated).getString("estimatedAmount")).isEqualTo("1000000.50");
    assertThat(Http.json(updated).getString("stage")).isEqualTo("PROPOSAL");
    var stale = send("PUT", path, SALES, etag(created), changed.build());
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertProblem(stale);
    var blind = send("PUT", path, SALES, null, form(customer()).build());
    assertThat(blind.statusCode()).as(blind.body()).isEqualTo(428);
    assertProblem(blind);
    var blindClosing = send("POST", path + "/closing", SALES, null, outcome("WON"));
    assertThat(blindClosing.statusCode()).isEqualTo(428);

    var won = send("POST", path + "/closing", SALES, etag(updated), outcome("WON"));
    assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
    assertThat(Http.json(won).getString("status")).isEqualTo("WON");
    assertThat(Http.json(won).containsKey("protectedUntil")).isFalse();
    var afterClosing = send("PUT", path, SALES, etag(won), form(customer()).build());
    assertThat(afterClosing.statusCode()).as(afterClosing.body()).isEqualTo(409);
    assertProblem(afterClosing);

    var listed = Http.json(get(OPPORTUNITIES + "?status=WON&owner=" + SALES + "&limit=100", ADMIN));
    assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getJsonNumber("id").longValue())
        .contains(opportunity.getJsonNumber("id").longValue());
  }

  @Test
  void anErpResendsAnImportWithoutDuplicates() {
    var reference = "SO-" + UUID.randomUUID();
    var imported =
        form(customer()).add("externalSource", "ERP").add("externalRef", reference).build();

    var first = send("POST", OPPORTUNITIES, ADMIN, null, imported);
    var again = send("POST", OPPORTUNITIES, ADMIN, null, imported);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(again).getJsonNumber("id"))
        .isEqualTo(Http.json(first).getJsonNumber("id"));
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(Http.json(again).getString("externalRef")).isEqualTo(reference);
    var half = form(customer()).add("externalRef", reference).build();
    var refused = send("POST", OPPORTUNITIES, ADMIN, null, half);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("externalSource");
  }

  @Test
  void activitiesAreLoggedAndConflictsShownToBrandStaff() {
    var customer = customer();
    var claim = registration(customer);
    var created = send("POST", OPPORTUNITIES, SALES, null, form(customer).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var path = OPPORTUNITIES + "/" + Http.json(created).getJsonNumber("id").longValue();
    assertThat(Http.json(created).getBoolean("inConflict")).isTrue();

    var first = Http.jsonArray(get(path + "/conflicts", ADMIN)).getJsonObject(0);
    assertThat(first.getString("candidateKind")).isEqualTo("REGISTRATION");
    assertThat(first.getJsonNumber("candidateId").longValue()).isEqualTo(claim);
    assertThat(first.getJsonArray("reasons").toString()).contains("USCC_EQUAL");

    var yesterday = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1);
    var activity =
        Json.createObjectBuilder()
            .add("kind", "VISIT")
            .add("occurredAt", yesterday.toString())
            .add("note", "拜访设备科，<b>演示</b>方案")
            .build();
    var logged = send("POST", path + "/activities", SALES, null, activity);
    assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    assertThat(Http.json(logged).getString("recordedBy")).isEqualTo(SALES);
    var log = get(path + "/activities", ADMIN);
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body()).contains("拜访设备科，<b>演示</b>方案").contains("VISIT");

    var future =
        Json.createObjectBuilder()
            .add("kind", "CALL")
            .add("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString())
            .build();
    var refused = send("POST", path + "/activities", SALES, null, future);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("occurredAt");
    var unknownKind = send("POST", path + "/activities", SALES, null, null, "{\"kind\":\"PARTY\"}");
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertProblem(unknownKind);
  }

  @Test
  void badInputIsRefusedFieldByField() {
    var bad =
        Json.createObjectBuilder()
            .add("title", "长".repeat(201))
            .add(
                "customer",
                Json.createObjectBuilder().add("name", "某某公司").add("uscc", "91440300MA5DLT2K0Q"))
            .add("estimatedAmount", "-1")
            .add("currency", "RMB")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).minusDays(1).toString())
            .build();

    var refused = send("POST", OPPORTUNITIES, SALES, null, bad);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertProblem(refused);
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "title", "customer.uscc", "estimatedAmount", "currency", "expectedCloseDate");
    var absurd = form(customer()).add("estimatedAmount", "99999999999999999").build();
    assertThat(fields(send("POST", OPPORTUNITIES, SALES, null, absurd)))
        .containsExactly("estimatedAmount");
    var badDate =
        send("POST", OPPORTUNITIES, SALES, null, null, "{\"expectedCloseDate\":\"2026-13-45\"}");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertProblem(badDate);
    var badStage = send("POST", OPPORTUNITIES, SALES, null, null, "{\"stage\":\"DREAMING\"}");
    assertThat(badStage.statusCode()).isEqualTo(400);
    assertProblem(badStage);
    var badStatus = get(OPPORTUNITIES + "?status=SOMETIMES", SALES);
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertProblem(badStatus);
  }

  @Test
  void partnersAreRefusedEverywhere() {
    var created = send("POST", OPPORTUNITIES, SALES, null, form(customer()).build());
    var path = OPPORTUNITIES + "/" + Http.json(created).getJsonNumber("id").longValue();

    for (var user : List.of("litai.user", "huanan.admin")) {
      for (var call :
          List.of(
              get(OPPORTUNITIES, user),
              get(path, user),
              get(path + "/conflicts", user),
              get(path + "/activities", user),
              send("POST", OPPORTUNITIES, user, null, form(customer()).build()),
              send("PUT", path, user, etag(created), form(customer()).build()),
              send("POST", path + "/closing", user, etag(created), outcome("LOST")))) {
        assertThat(call.statusCode()).as(user + " " + call.body()).isEqualTo(403);
        assertProblem(call);
      }
    }
  }

  /** Submits a registration of litai for the customer; its id. */
  private static long registration(JsonObject customer) {
    var form =
        Json.createObjectBuilder()
            .add("customer", customer)
            .add("contactName", "陈经理")
            .add("contactPhone", "0755-8888 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("product", "伺服电机 SM-200")
                            .add("quantity", 2)))
            .add("estimatedAmount", "300000")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(2).toString())
            .build();
    var created = send("POST", "/api/v1/registrations", "litai.user", null, form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        send(
            "POST",
            "/api/v1/registrations/" + id + "/submission",
            "litai.user",
            etag(created),
            null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  private static JsonObject customer() {
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("佛山");
    for (int i = 0; i < 5; i++) {
      name.append(TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return Json.createObjectBuilder()
        .add("name", name + "机电设备有限公司")
        .add("uscc", TestCompanies.randomUscc())
        .add("province", "广东省")
        .add("city", "佛山")
        .build();
  }

  private static JsonObjectBuilder form(JsonObject customer) {
    return Json.createObjectBuilder()
        .add("title", "产线自动化改造")
        .add("customer", customer)
        .add("estimatedAmount", "880000")
        .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(2).toString())
        .add("stage", "QUALIFICATION")
        .add("notes", "<script>alert(1)</script>");
  }

  private static JsonObject outcome(String outcome) {
    return Json.createObjectBuilder().add("outcome", outcome).build();
  }

  private static List<String> fields(HttpResponse<String> response) {
    return Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static HttpResponse<String> send(
      String method, String path, String user, String ifMatch, JsonObject body) {
    return send(method, path, user, ifMatch, body, null);
  }

  private static HttpResponse<String> send(
      String method, String path, String user, String ifMatch, JsonObject body, String raw) {
    var headers =
        ifMatch == null
            ? List.of("Authorization", "Bearer " + client.accessToken(user))
            : List.of("Authorization", "Bearer " + client.accessToken(user), "If-Match", ifMatch);
    var json = raw != null ? raw : body == null ? null : body.toString();
    return Http.request(method, stack.portalUrl() + path, json, headers.toArray(String[]::new));
  }

  private static HttpResponse<String> get(String path, String user) {
    return Http.get(
        stack.portalUrl() + path, "Authorization", "Bearer " + client.accessToken(user));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception");
  }
}
