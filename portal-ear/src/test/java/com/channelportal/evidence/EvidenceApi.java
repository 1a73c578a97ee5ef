package com.channelportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The API calls the evidence tests share: personas, registrations made and submitted. */
final class EvidenceApi {

  static final String BRAND_ADMIN = "it.evidence.brandadmin";
  static final String REGISTRATIONS = "/api/v1/registrations";

  private final PortalStack stack;
  private final TestClient client;

  EvidenceApi(PortalStack stack) {
    this.stack = stack;
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  /** A new registration of {@code user}'s company for a customer nobody else has, submitted. */
  JsonObject submitted(String user, String customerName) {
    return submitted(user, customerName, TestCompanies.randomUscc());
  }

  JsonObject submitted(String user, String customerName, String uscc) {
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", customerName)
                    .add("uscc", uscc)
                    .add("province", "广东省")
                    .add("city", "深圳"))
            .add("contactName", "陈经理")
            .add("contactPhone", "0755-8888 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("product", "伺服电机 SM-200")
                            .add("quantity", 12)))
            .add("estimatedAmount", "1250000.00")
            .add(
                "expectedCloseDate",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(4).toString())
            .build();
    var created = send("POST", REGISTRATIONS, user, form.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var etag = created.headers().firstValue("ETag").orElseThrow();
    var submitted =
        send("POST", REGISTRATIONS + "/" + id + "/submission", user, null, "If-Match", etag);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return Http.json(submitted);
  }

  HttpResponse<String> get(String path, String user) {
    return Http.get(stack.portalUrl() + path, "Authorization", "Bearer " + token(user));
  }

  HttpResponse<String> send(String method, String path, String user, String json, String... more) {
    var headers = new ArrayList<>(List.of("Authorization", "Bearer " + token(user)));
    headers.addAll(List.of(more));
    return Http.request(method, stack.portalUrl() + path, json, headers.toArray(String[]::new));
  }

  String token(String user) {
    return client.accessToken(user);
  }

  /** A Chinese company name no other test uses. */
  static String uniqueCustomer(String industry) {
    return "证据" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + industry + "有限公司";
  }

  static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
