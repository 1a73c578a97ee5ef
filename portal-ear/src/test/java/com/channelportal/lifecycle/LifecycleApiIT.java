package com.channelportal.lifecycle;

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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lifecycle API from outside, with real tokens: a partner asks for an extension of its approved
 * registration, bad input is refused field by field, another partner and an unassigned channel
 * manager find nothing, a decision needs the request's ETag (428 without, 412 stale) and moves the
 * end of protection; closing a deal as won needs the registration's ETag and frees the customer.
 */
@ExtendWith(StackExtension.class)
class LifecycleApiIT {

  private static final String BRAND_ADMIN = "it.lifecycle.brandadmin";
  private static final String UNASSIGNED_MANAGER = "it.lifecycle.manager";
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final String EXTENSIONS = "/api/v1/extension-requests";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String JUSTIFICATION = "客户的预算审批推迟到下个季度，招标也随之推迟";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    admin.ensureUser(UNASSIGNED_MANAGER, stack.demoPassword(), "brand", "channel-manager");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void anExtensionIsRequestedAndApprovedWithTheRequestsVersion() {
    var registration = approved("litai.user");
    var id = registration.getJsonNumber("id").longValue();
    var lastDay = LocalDate.parse(registration.getString("protectedUntil"));
    var requests = REGISTRATIONS + "/" + id + "/extension-requests";

    var bad = send("POST", requests, "litai.user", null, "{\"days\":0,\"justification\":\"短\"}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertProblem(bad);
    assertThat(bad.body()).contains("days").contains("justification");
    var unreadable = send("POST", requests, "litai.user", null, "{\"days\":\"many\"}");
    assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(400);
    assertProblem(unreadable);
    var foreign = send("POST", requests, "huanan.user", null, request(10));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
    assertProblem(foreign);

    var created = send("POST", requests, "litai.user", null, request(10));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var extension = Http.json(created);
    var path = EXTENSIONS + "/" + extension.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(path));
    assertThat(extension.getString("status")).isEqualTo("OPEN");
    assertThat(extension.getString("protectedUntil")).isEqualTo(lastDay.toString());
    var again = send("POST", requests, "litai.user", null, request(5));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("lifecycle.EXTENSION_OPEN");

    assertThat(get(path, "huanan.user").statusCode()).isEqualTo(404);
    assertThat(get(path, UNASSIGNED_MANAGER).statusCode()).isEqualTo(404);
    assertThat(get(EXTENSIONS, "litai.user").statusCode()).isEqualTo(403);
    assertThat(Http.jsonArray(get(requests, "litai.user")).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("status"))
        .containsExactly("OPEN");
    var queue = Http.json(get(EXTENSIONS + "?limit=100", UNASSIGNED_MANAGER));
    assertThat(queue.getJsonArray("items")).isEmpty();

    var decision = path + "/decision";
    var hidden = send("POST", decision, UNASSIGNED_MANAGER, null, "{\"approve\":true}");
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(404);
    var byPartner = send("POST", decision, "litai.user", etag(created), "{\"approve\":true}");
    assertThat(byPartner.statusCode()).isEqualTo(403);
    var blind = send("POST", decision, BRAND_ADMIN, null, "{\"approve\":true}");
    assertThat(blind.statusCode()).as(blind.body()).isEqualTo(428);
    assertProblem(blind);
    var stale = send("POST", decision, BRAND_ADMIN, "\"99\"", "{\"approve\":true}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertProblem(stale);
    var noReason = send("POST", decision, BRAND_ADMIN, etag(created), "{\"approve\":false}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");

    var approved = send("POST", decision, BRAND_ADMIN, etag(created), "{\"approve\":true}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(Http.json(approved).getString("status")).isEqualTo("APPROVED");
    assertThat(Http.json(approved).getString("extendedUntil"))
        .isEqualTo(lastDay.plusDays(10).toString());
    assertThat(etag(approved)).isNotEqualTo(etag(created));
    var moved = Http.json(get(REGISTRATIONS + "/" + id, "litai.user"));
    assertThat(moved.getString("protectedUntil")).isEqualTo(lastDay.plusDays(10).toString());
    var decided = send("POST", decision, BRAND_ADMIN, etag(approved), "{\"approve\":true}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(409);
    assertThat(
            Http.json(get(EXTENSIONS + "?status=APPROVED&limit=100", BRAND_ADMIN))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonNumber("id").longValue())
        .contains(extension.getJsonNumber("id").longValue());
  }

  @Test
  void aDealClosedAsWonNeedsTheRegistrationsVersionAndFreesTheCustomer() {
    var registration = approved("huanan.user");
    var id = registration.getJsonNumber("id").longValue();
    var closing = REGISTRATIONS + "/" + id + "/closing";
    var etag = "\"" + registration.getJsonNumber("version").longValue() + "\"";

    var blind = send("POST", closing, "huanan.user", null, "{\"outcome\":\"WON\"}");
    assertThat(blind.statusCode()).as(blind.body()).isEqualTo(428);
    var foreign = send("POST", closing, "litai.user", etag, "{\"outcome\":\"WON\"}");
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
    assertThat(send("POST", closing, BRAND_ADMIN, etag, "{\"outcome\":\"WON\"}").statusCode())
        .isEqualTo(403);
    var lostWithoutReason = send("POST", closing, "huanan.user", etag, "{\"outcome\":\"LOST\"}");
    assertThat(lostWithoutReason.statusCode()).as(lostWithoutReason.body()).isEqualTo(400);
    assertProblem(lostWithoutReason);
    var negative =
        send("POST", closing, "huanan.user", etag, "{\"outcome\":\"WON\",\"actualAmount\":\"-5\"}");
    assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
    assertThat(negative.body()).contains("actualAmount");
    var unknown = send("POST", closing, "huanan.user", etag, "{\"outcome\":\"MAYBE\"}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertProblem(unknown);

    var won =
        send(
            "POST",
            closing,
            "huanan.user",
            etag,
            "{\"outcome\":\"WON\",\"actualAmount\":\"365000.5\"}");

    assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
    var closed = Http.json(won);
    assertThat(closed.getString("status")).isEqualTo("WON");
    assertThat(closed.getString("actualAmount")).isEqualTo("365000.50");
    assertThat(closed.getString("currency")).isEqualTo("CNY");
    assertThat(etag(won)).isEqualTo("\"" + closed.getJsonNumber("version").longValue() + "\"");
    var again =
        send("POST", closing, "huanan.user", etag(won), "{\"outcome\":\"LOST\",\"reason\":\"x\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    var stale =
        send("POST", closing, "huanan.user", etag, "{\"outcome\":\"LOST\",\"reason\":\"x\"}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    var uscc = registration.getJsonObject("customer").getString("uscc");
    var answer =
        get(
            "/api/v1/availability?q=" + URLEncoder.encode(uscc, StandardCharsets.UTF_8),
            "litai.user");
    assertThat(Http.json(answer).getString("answer")).isEqualTo("FREE");
  }

  private static JsonObject approved(String user) {
    var customer =
        Json.createObjectBuilder()
            .add("name", uniqueName())
            .add("uscc", TestCompanies.randomUscc())
            .add("province", "江苏省")
            .add("city", "苏州");
    var form =
        Json.createObjectBuilder()
            .add("customer", customer)
            .add("contactName", "王测试")
            .add("contactPhone", "021-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("product", "伺服电机 SV-200")
                            .add("quantity", 3)))
            .add("estimatedAmount", "480000.00")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
            .build();
    var created = send("POST", REGISTRATIONS, user, null, form.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        send("POST", REGISTRATIONS + "/" + id + "/submission", user, etag(created), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    var approved = Http.json(submitted);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    return approved;
  }

  private static String uniqueName() {
    var characters = "珏琮瑭璋玳珣琯璟瑄珝瑜璠琬玥珞琤";
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("苏州");
    for (int i = 0; i < 4; i++) {
      name.append(characters.charAt(random.nextInt(characters.length())));
    }
    return name.append("自动化科技有限公司").toString();
  }

  private static String request(int days) {
    return Json.createObjectBuilder()
        .add("days", days)
        .add("justification", JUSTIFICATION)
        .build()
        .toString();
  }

  private static HttpResponse<String> send(
      String method, String path, String user, String ifMatch, String body) {
    var headers =
        ifMatch == null
            ? List.of("Authorization", "Bearer " + client.accessToken(user))
            : List.of("Authorization", "Bearer " + client.accessToken(user), "If-Match", ifMatch);
    return Http.request(method, stack.portalUrl() + path, body, headers.toArray(String[]::new));
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
