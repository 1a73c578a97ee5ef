package com.channelportal.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims the browser tests make through the API before the browser takes over: the desk's, and the
 * deals the timeline's test works on.
 */
public final class ApiClaims {

  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");

  private ApiClaims() {}

  /** Drafts and submits a claim on the customer as the user; answers the submitted registration. */
  public static JsonObject submitted(
      PortalStack stack, TestClient client, String user, JsonObject customer) {
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
                            .add("quantity", 12)))
            .add("estimatedAmount", "1250000.00")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
            .build();
    var bearer = "Bearer " + client.accessToken(user);
    var created =
        Http.request(
            "POST",
            stack.portalUrl() + "/api/v1/registrations",
            form.toString(),
            "Authorization",
            bearer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var etag = created.headers().firstValue("ETag").orElseThrow();
    var submitted =
        Http.request(
            "POST",
            stack.portalUrl() + "/api/v1/registrations/" + id + "/submission",
            null,
            List.of("Authorization", bearer, "If-Match", etag).toArray(String[]::new));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return Http.json(submitted);
  }

  /**
   * A Guangdong company nobody else claims: four random characters of the test's own pool, so that
   * two tests' customers never conflict.
   */
  static JsonObject customer(String city, String tradeNameCharacters, String nameSuffix) {
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder(city);
    for (int i = 0; i < 4; i++) {
      name.append(tradeNameCharacters.charAt(random.nextInt(tradeNameCharacters.length())));
    }
    return Json.createObjectBuilder()
        .add("name", name.append(nameSuffix).toString())
        .add("uscc", TestCompanies.randomUscc())
        .add("industry", "生产加工制造")
        .add("province", "广东省")
        .add("city", city)
        .build();
  }
}
