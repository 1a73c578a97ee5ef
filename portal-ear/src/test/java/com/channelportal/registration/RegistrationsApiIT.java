package com.channelportal.registration;

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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registration API from outside, with real tokens: a draft is edited with its ETag and
 * submitted; a clean claim is approved with a protection date, a second partner's claim on the same
 * customer goes to review and learns nothing of the first, which brand staff see with the matcher's
 * reasons. Bad input is refused field by field, and the availability check answers blindly and is
 * rate-limited.
 */
@ExtendWith(StackExtension.class)
class RegistrationsApiIT {

  private static final String BRAND_ADMIN = "it.registrations.brandadmin";
  private static final String LIMITED_USER = "it.registrations.limited";
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    admin.ensureUser(LIMITED_USER, stack.demoPassword(), "huanan", "partner-user");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void aDraftIsEditedWithItsVersionAndAnUncontestedClaimIsApprovedWithProtection() {
    var customer = customer(TestCustomers.uniqueName("数控设备有限公司"), TestCompanies.randomUscc());
    var created = send("POST", REGISTRATIONS, "litai.user", null, form(customer).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var draft = Http.json(created);
    var path = REGISTRATIONS + "/" + draft.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(path));
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("estimatedAmount")).isEqualTo("1250000.00");
    assertThat(draft.getString("currency")).isEqualTo("CNY");
    var etag = etag(created);

    var changed = form(customer).add("estimatedAmount", 1_380_000.5).build();
    var updated = send("PUT", path, "litai.user", etag, changed);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(Http.json(updated).getString("estimatedAmount")).isEqualTo("1380000.50");
    assertThat(etag(updated)).isNotEqualTo(etag);

    var stale = send("PUT", path, "litai.user", etag, changed);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertProblem(stale);
    var blind = send("PUT", path, "litai.user", null, changed);
    assertThat(blind.statusCode()).as(blind.body()).isEqualTo(428);
    assertProblem(blind);
    var blindSubmission = send("POST", path + "/submission", "litai.user", null, null);
    assertThat(blindSubmission.statusCode()).isEqualTo(428);

    var submitted = send("POST", path + "/submission", "litai.user", etag(updated), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    var approved = Http.json(submitted);
    var today = LocalDate.now(BRAND_ZONE);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getString("number")).matches("DR-\\d{4}-\\d{6}");
    assertThat(LocalDate.parse(approved.getString("protectedUntil"))).isAfter(today.plusDays(80));
    assertThat(approved.getString("submittedAt")).endsWith("Z");
    assertThat(approved.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("to"))
        .containsExactly("DRAFT", "SUBMITTED", "APPROVED");

    var again = send("PUT", path, "litai.user", etag(submitted), changed);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertProblem(again);

    var withdrawn = send("POST", path + "/withdrawal", "litai.user", etag(submitted), null);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
    var usccOfCustomer = draft.getJsonObject("customer").getString("uscc");
    assertThat(Http.json(check("huanan.user", usccOfCustomer)).getString("answer"))
        .isEqualTo("FREE");
  }

  @Test
  void aSecondPartnerOnTheSameCustomerIsSentToReviewAndLearnsNothingOfTheFirst() {
    var name = TestCustomers.uniqueName("电气有限公司");
    var uscc = TestCompanies.randomUscc();
    var first = submitted("litai.user", customer(name, uscc));
    assertThat(first.getString("status")).isEqualTo("APPROVED");
    var firstId = first.getJsonNumber("id").longValue();

    var second = submitted("huanan.user", customer(name, uscc));
    var secondId = second.getJsonNumber("id").longValue();
    assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(second.containsKey("protectedUntil")).isFalse();
    assertThat(second.toString())
        .doesNotContain(first.getString("number"))
        .doesNotContain("litai")
        .doesNotContain("利泰");

    assertThat(get(REGISTRATIONS + "/" + firstId, "huanan.user").statusCode()).isEqualTo(404);
    var ownConflicts = get(REGISTRATIONS + "/" + secondId + "/conflicts", "huanan.user");
    assertThat(ownConflicts.statusCode()).isEqualTo(403);
    assertProblem(ownConflicts);
    var list = get(REGISTRATIONS + "?limit=100&q=" + encode(name), "huanan.user");
    assertThat(Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonNumber("id").longValue())
        .containsExactly(secondId);

    var conflicts = get(REGISTRATIONS + "/" + secondId + "/conflicts", BRAND_ADMIN);
    assertThat(conflicts.statusCode()).as(conflicts.body()).isEqualTo(200);
    var found = Http.jsonArray(conflicts).getValuesAs(JsonObject.class);
    assertThat(found).isNotEmpty();
    var withFirst =
        found.stream()
            .filter(c -> c.getString("candidateKind").equals("REGISTRATION"))
            .filter(c -> c.getJsonNumber("candidateId").longValue() == firstId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no conflict with the first claim: " + found));
    assertThat(Double.parseDouble(withFirst.getString("score"))).isGreaterThanOrEqualTo(0.6);
    var reasons = withFirst.getJsonArray("reasons").getValuesAs(JsonObject.class);
    assertThat(reasons)
        .anySatisfy(
            r -> {
              assertThat(r.getString("code")).isEqualTo("USCC_EQUAL");
              assertThat(r.getJsonObject("params").getString("uscc")).isEqualTo(uscc);
            });
    assertThat(get(REGISTRATIONS + "/" + firstId + "/conflicts", BRAND_ADMIN).body())
        .isEqualTo("[]");
  }

  @Test
  void badInputIsRefusedWithEveryFieldAndItsReasonAtOnce() {
    var today = LocalDate.now(BRAND_ZONE);
    var bad =
        form(customer("某某科技有限公司", "91440300MA5DLT2K0Q"))
            .add("estimatedAmount", "-5")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "伺服电机").add("quantity", 0)))
            .add("expectedCloseDate", today.plusMonths(2).toString())
            .add("bidDate", today.plusMonths(3).toString())
            .add("notes", "长".repeat(4001))
            .build();

    var refused = send("POST", REGISTRATIONS, "litai.user", null, bad);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertProblem(refused);
    assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + " " + e.getString("reason"))
        .contains(
            "customer.uscc customer.uscc.CHECK_CHARACTER",
            "estimatedAmount estimatedAmount.NEGATIVE",
            "lines[0].quantity lines[0].quantity.RANGE",
            "bidDate bidDate.AFTER_CLOSE",
            "notes notes.TOO_LONG");

    var unreadable = send("POST", REGISTRATIONS, "litai.user", null, null, "{\"stage\":\"WON\"}");
    assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(400);
    assertProblem(unreadable);
  }

  @Test
  void anIncompleteDraftIsNotSubmittedAndScriptStaysText() {
    var script = "<script>alert('x')</script> 请尽快联系";
    var created =
        send(
            "POST",
            REGISTRATIONS,
            "litai.user",
            null,
            Json.createObjectBuilder().add("notes", script).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.json(created).getString("notes")).isEqualTo(script);
    var path = REGISTRATIONS + "/" + Http.json(created).getJsonNumber("id").longValue();
    assertThat(Http.json(get(path, "litai.user")).getString("notes")).isEqualTo(script);

    var refused = send("POST", path + "/submission", "litai.user", etag(created), null);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("reason"))
        .contains(
            "customer.name.REQUIRED",
            "customer.uscc.REQUIRED",
            "contactName.REQUIRED",
            "lines.REQUIRED",
            "estimatedAmount.REQUIRED",
            "expectedCloseDate.REQUIRED");
    assertThat(Http.json(get(path, "litai.user")).getString("status")).isEqualTo("DRAFT");

    var withdrawn =
        send(
            "POST",
            path + "/withdrawal",
            "litai.user",
            etag(get(path, "litai.user")),
            Json.createObjectBuilder().add("reason", "客户取消项目").build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void brandStaffReadButNeverWriteAndPartnersSeeOnlyTheirOwn() {
    var mine =
        submitted(
            "huanan.user",
            customer(TestCustomers.uniqueName("仪表有限公司"), TestCompanies.randomUscc()));
    var path = REGISTRATIONS + "/" + mine.getJsonNumber("id").longValue();

    assertThat(get(path, BRAND_ADMIN).statusCode()).isEqualTo(200);
    assertThat(get(path, "litai.admin").statusCode()).isEqualTo(404);
    var brandDraft = send("POST", REGISTRATIONS, BRAND_ADMIN, null, form(null).build());
    assertThat(brandDraft.statusCode()).isEqualTo(403);
    assertProblem(brandDraft);

    var page = Http.json(get(REGISTRATIONS + "?limit=100", "litai.user"));
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(r -> assertThat(r.getString("organization")).isEqualTo("litai"));
    assertThat(get(REGISTRATIONS + "?status=NONSENSE", "litai.user").statusCode()).isEqualTo(400);
    assertThat(get(REGISTRATIONS + "?limit=1000", "litai.user").statusCode()).isEqualTo(400);

    var customers = Http.json(get("/api/v1/customers?limit=100", "litai.user"));
    assertThat(customers.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("origin"))
        .containsOnly("PARTNER");
    var customerId = mine.getJsonNumber("customerId").longValue();
    assertThat(get("/api/v1/customers/" + customerId, "litai.user").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/customers/" + customerId, "huanan.user").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/customers/" + customerId, BRAND_ADMIN).statusCode()).isEqualTo(200);
  }

  @Test
  void theAvailabilityCheckAnswersBlindly() {
    var uscc = TestCompanies.randomUscc();
    var claim = submitted("litai.user", customer(TestCustomers.uniqueName("机电有限公司"), uscc));
    assertThat(claim.getString("status")).isEqualTo("APPROVED");

    var protectedOne = Http.json(check("huanan.user", uscc));
    assertThat(protectedOne.getString("answer")).isEqualTo("PROTECTED_UNTIL");
    assertThat(protectedOne.getString("protectedUntil"))
        .isEqualTo(claim.getString("protectedUntil"));
    assertThat(protectedOne.toString())
        .doesNotContain("litai")
        .doesNotContain(claim.getString("number"));

    var free = Http.json(check("huanan.user", TestCustomers.uniqueName("贸易有限公司")));
    assertThat(free.getString("answer")).isEqualTo("FREE");
    assertThat(free.containsKey("protectedUntil")).isFalse();

    var brand = Http.json(check("huanan.user", "高朋集团"));
    assertThat(brand.getString("answer")).isEqualTo("SERVED_BY_BRAND");

    var blank = check("huanan.user", " ");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertProblem(blank);
    assertThat(check(BRAND_ADMIN, uscc).statusCode()).isEqualTo(403);
  }

  @Test
  void theAvailabilityCheckIsLimitedPerUser() {
    HttpResponse<String> answer = null;
    for (int i = 0; i < 30; i++) {
      answer = check(LIMITED_USER, TestCustomers.uniqueName("限流" + i + "有限公司"));
      if (answer.statusCode() == 429) {
        break;
      }
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
    assertThat(answer.statusCode()).isEqualTo(429);
    assertProblem(answer);
    assertThat(answer.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(check("huanan.user", TestCustomers.uniqueName("贸易有限公司")).statusCode())
        .isEqualTo(200);
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

  private static JsonObject customer(String name, String uscc) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("uscc", uscc)
        .add("industry", "生产加工制造")
        .add("subIndustry", "仪器仪表及工业")
        .add("province", "广东省")
        .add("city", "深圳")
        .add("website", "www.example.com")
        .build();
  }

  private static JsonObjectBuilder form(JsonObject customer) {
    var form = Json.createObjectBuilder();
    if (customer != null) {
      form.add("customer", customer);
    }
    return form.add("contactName", "陈经理")
        .add("contactPhone", "0755-8888 6666")
        .add("contactEmail", "chen@example.com")
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("product", "伺服电机 SM-200").add("quantity", 12))
                .add(Json.createObjectBuilder().add("product", "数控系统 NC-8").add("quantity", 2)))
        .add("estimatedAmount", "1250000.00")
        .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
        .add("bidDate", LocalDate.now(BRAND_ZONE).plusMonths(2).toString())
        .add("customerBudget", "1500000")
        .add("winProbability", 60)
        .add("stage", "QUALIFICATION")
        .add("notes", "客户计划更新生产线");
  }

  private static HttpResponse<String> check(String user, String query) {
    return get("/api/v1/availability?q=" + encode(query), user);
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

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception");
  }
}
