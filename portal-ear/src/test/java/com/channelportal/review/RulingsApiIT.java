package com.channelportal.review;

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
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conflict desk's API from outside, with real tokens: litai's claim is approved, huanan's on
 * the same customer waits in the queue; a brand admin sees both side by side and rules; huanan
 * reads the ruling without learning who else claimed, appeals once, resubmits a returned claim.
 * Partners cannot rule, nobody reaches what is outside their scope, and bad, stale or blind
 * requests are refused with problem+json.
 */
@ExtendWith(StackExtension.class)
class RulingsApiIT {

  private static final String BRAND_ADMIN = "it.desk.brandadmin";
  private static final String OTHER_MANAGER = "it.desk.othermanager";
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final String REVIEWS = "/api/v1/reviews";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String WHY = "利泰先提交且资料完整，华南的报备与其重复。";
  private static final String TRADE_NAME_CHARACTERS = "鹏翎璟瑞澜珂骁琨岚琰曦砚钧霁韬璇沅翊骞珩桦楠晗煜";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    admin.ensureUser(OTHER_MANAGER, stack.demoPassword(), "brand", "channel-manager");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void aBrandAdminRulesOnTheQueuedClaimAndThePartnerAppealsOnce() {
    var customer = customer();
    var first = submitted("litai.user", customer);
    assertThat(first.getString("status")).isEqualTo("APPROVED");
    var second = submitted("huanan.user", customer);
    assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
    var id = second.getJsonNumber("id").longValue();
    var path = REGISTRATIONS + "/" + id;

    var queue =
        get(
            REVIEWS + "?limit=100&partnerId=" + second.getJsonNumber("partnerCompanyId"),
            BRAND_ADMIN);
    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
    var item =
        Http.json(queue).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow(() -> new AssertionError("not queued: " + queue.body()));
    assertThat(item.getInt("conflicts")).isGreaterThanOrEqualTo(1);
    assertThat(Double.parseDouble(item.getString("bestScore"))).isGreaterThanOrEqualTo(0.99);
    assertThat(item.getBoolean("escalated")).isFalse();

    var review = get(REVIEWS + "/" + id, BRAND_ADMIN);
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    var claims = Http.json(review).getJsonArray("claims").getValuesAs(JsonObject.class);
    var litai =
        claims.stream()
            .filter(c -> c.getString("kind").equals("REGISTRATION"))
            .filter(c -> c.getJsonNumber("id").longValue() == first.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the other claim: " + claims));
    assertThat(litai.getString("partnerName")).contains("利泰");
    assertThat(litai.getBoolean("earliest")).isTrue();
    assertThat(litai.getJsonArray("reasons").toString()).contains("USCC_EQUAL");
    var etag = etag(review);

    // partners never reach the desk; another manager's scope does not hold huanan
    assertDenied(get(REVIEWS, "huanan.user"), 403);
    assertDenied(get(REVIEWS + "/" + id, "huanan.user"), 403);
    assertDenied(send("POST", path + "/ruling", "huanan.user", etag, approve()), 403);
    assertDenied(get(REVIEWS + "/" + id, OTHER_MANAGER), 404);
    assertDenied(send("POST", path + "/ruling", OTHER_MANAGER, etag, approve()), 404);
    assertDenied(send("POST", path + "/ruling", OTHER_MANAGER, null, approve()), 404);
    assertDenied(send("POST", path + "/appeal", "litai.user", null, appeal()), 404);

    // blind, stale, bad
    assertDenied(send("POST", path + "/ruling", BRAND_ADMIN, null, approve()), 428);
    assertDenied(send("POST", path + "/ruling", BRAND_ADMIN, "\"999\"", approve()), 412);
    var invalid =
        send(
            "POST",
            path + "/ruling",
            BRAND_ADMIN,
            etag,
            Json.createObjectBuilder().add("decision", "REJECT").add("rationale", "短").build());
    assertDenied(invalid, 400);
    assertThat(invalid.body()).contains("reasonCode.REQUIRED").contains("rationale.TOO_SHORT");
    assertDenied(
        sendRaw(
            path + "/ruling",
            BRAND_ADMIN,
            etag,
            "{\"decision\":\"MAYBE\",\"rationale\":\"" + WHY + "\"}"),
        400);
    assertDenied(sendRaw(path + "/ruling", BRAND_ADMIN, etag, "{\"decision\":"), 400);
    var blocked = send("POST", path + "/ruling", BRAND_ADMIN, etag, approve());
    assertDenied(blocked, 409);
    assertThat(blocked.body()).contains("review.OTHER_APPROVED");

    var rejected =
        send(
            "POST",
            path + "/ruling",
            BRAND_ADMIN,
            etag,
            Json.createObjectBuilder()
                .add("decision", "REJECT")
                .add("reasonCode", "DUPLICATE")
                .add("rationale", WHY)
                .build());
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(Http.json(rejected).getString("status")).isEqualTo("REJECTED");
    assertDenied(send("POST", path + "/ruling", BRAND_ADMIN, etag, approve()), 412);

    // the partner reads the ruling and nothing about the other claim
    var own = get(path + "/rulings", "huanan.user");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    var ruling = Http.jsonArray(own).getJsonObject(0);
    assertThat(ruling.getString("kind")).isEqualTo("REJECTED");
    assertThat(ruling.getString("reasonCode")).isEqualTo("DUPLICATE");
    assertThat(ruling.getString("rationale")).isEqualTo(WHY);
    assertThat(ruling.containsKey("decidedBy")).isFalse();
    var read = get(path, "huanan.user");
    assertThat(read.body()).doesNotContain(first.getString("number")).doesNotContain("litai");

    assertDenied(send("POST", path + "/appeal", "huanan.user", null, appeal()), 428);
    var badAppeal =
        send(
            "POST",
            path + "/appeal",
            "huanan.user",
            etag(read),
            Json.createObjectBuilder().build());
    assertDenied(badAppeal, 400);
    assertThat(badAppeal.body()).contains("text.REQUIRED");
    var appealed = send("POST", path + "/appeal", "huanan.user", etag(read), appeal());
    assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(200);
    assertThat(Http.json(appealed).getString("status")).isEqualTo("APPEALED");
    assertDenied(
        send("POST", path + "/appeal-decision", OTHER_MANAGER, etag(appealed), uphold()), 403);
    assertDenied(
        send("POST", path + "/appeal-decision", "huanan.user", etag(appealed), uphold()), 403);
    var upheld = send("POST", path + "/appeal-decision", BRAND_ADMIN, etag(appealed), uphold());
    assertThat(upheld.statusCode()).as(upheld.body()).isEqualTo(200);
    assertThat(Http.json(upheld).getString("status")).isEqualTo("REJECTED");
    var twice = send("POST", path + "/appeal", "huanan.user", etag(upheld), appeal());
    assertDenied(twice, 409);
    assertThat(twice.body()).contains("review.NOT_APPEALABLE");
  }

  @Test
  void aReturnedClaimIsResubmittedWithChangesAndQueuedAgain() {
    var customer = customer();
    submitted("litai.user", customer);
    var second = submitted("huanan.user", customer);
    var id = second.getJsonNumber("id").longValue();
    var path = REGISTRATIONS + "/" + id;
    var current = get(path, BRAND_ADMIN);

    var returned =
        send(
            "POST",
            path + "/ruling",
            BRAND_ADMIN,
            etag(current),
            Json.createObjectBuilder()
                .add("decision", "RETURN")
                .add("rationale", "请补充客户的采购计划和预算批准情况。")
                .build());
    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    assertThat(Http.json(returned).getString("status")).isEqualTo("INFORMATION_REQUESTED");
    assertDenied(send("POST", path + "/resubmission", "litai.user", etag(returned), null), 404);
    assertDenied(send("POST", path + "/resubmission", BRAND_ADMIN, etag(returned), null), 403);

    var revised = form(customer).add("notes", "客户预算已批准，采购计划见附件。").build();
    var resubmitted = send("POST", path + "/resubmission", "huanan.user", etag(returned), revised);

    assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
    var body = Http.json(resubmitted);
    assertThat(body.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(body.getString("number")).isEqualTo(second.getString("number"));
    assertThat(body.getString("notes")).isEqualTo("客户预算已批准，采购计划见附件。");
    assertThat(body.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("to"))
        .containsExactly(
            "DRAFT",
            "SUBMITTED",
            "UNDER_REVIEW",
            "INFORMATION_REQUESTED",
            "SUBMITTED",
            "UNDER_REVIEW");
    assertDenied(send("POST", path + "/resubmission", "huanan.user", etag(resubmitted), null), 409);
  }

  @Test
  void badQueueFiltersAreRefused() {
    assertDenied(get(REVIEWS + "?minScore=2", BRAND_ADMIN), 400);
    assertDenied(get(REVIEWS + "?minScore=abc", BRAND_ADMIN), 400);
    assertDenied(get(REVIEWS + "?partnerId=x", BRAND_ADMIN), 400);
    assertDenied(get(REVIEWS + "?limit=0", BRAND_ADMIN), 400);
    assertThat(get(REVIEWS + "?escalated=true&minScore=0.5", BRAND_ADMIN).statusCode())
        .isEqualTo(200);
    assertDenied(get(REVIEWS + "/999999999", BRAND_ADMIN), 404);
  }

  private static JsonObject approve() {
    return Json.createObjectBuilder().add("decision", "APPROVE").add("rationale", WHY).build();
  }

  private static JsonObject appeal() {
    return Json.createObjectBuilder().add("text", "我们与客户已有三年合作，请复核。").build();
  }

  private static JsonObject uphold() {
    return Json.createObjectBuilder().add("decision", "UPHOLD").add("rationale", WHY).build();
  }

  private static JsonObject submitted(String user, JsonObject customer) {
    var created = send("POST", REGISTRATIONS, user, null, form(customer).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        send("POST", REGISTRATIONS + "/" + id + "/submission", user, etag(created), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return Http.json(submitted);
  }

  private static JsonObject customer() {
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("深圳");
    for (int i = 0; i < 4; i++) {
      name.append(TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return Json.createObjectBuilder()
        .add("name", name.append("自动化设备有限公司").toString())
        .add("uscc", TestCompanies.randomUscc())
        .add("industry", "生产加工制造")
        .add("subIndustry", "仪器仪表及工业")
        .add("province", "广东省")
        .add("city", "深圳")
        .build();
  }

  private static JsonObjectBuilder form(JsonObject customer) {
    return Json.createObjectBuilder()
        .add("customer", customer)
        .add("contactName", "陈经理")
        .add("contactPhone", "0755-8888 6666")
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("product", "伺服电机 SM-200").add("quantity", 12)))
        .add("estimatedAmount", "1250000.00")
        .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
        .add("stage", "QUALIFICATION");
  }

  private static HttpResponse<String> send(
      String method, String path, String user, String ifMatch, JsonObject body) {
    return sendAs(method, path, user, ifMatch, body == null ? null : body.toString());
  }

  private static HttpResponse<String> sendRaw(
      String path, String user, String ifMatch, String raw) {
    return sendAs("POST", path, user, ifMatch, raw);
  }

  private static HttpResponse<String> sendAs(
      String method, String path, String user, String ifMatch, String json) {
    var headers =
        ifMatch == null
            ? List.of("Authorization", "Bearer " + client.accessToken(user))
            : List.of("Authorization", "Bearer " + client.accessToken(user), "If-Match", ifMatch);
    return Http.request(method, stack.portalUrl() + path, json, headers.toArray(String[]::new));
  }

  private static HttpResponse<String> get(String path, String user) {
    return Http.get(
        stack.portalUrl() + path, "Authorization", "Bearer " + client.accessToken(user));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static void assertDenied(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception");
  }
}
