package com.channelportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Registrations submitted through the API, to make something happen that people hear of. */
final class Claims {

  private static final String REGISTRATIONS = "/api/v1/registrations";

  private Claims() {}

  /** Drafts and submits a claim on the customer as the user; answers the submitted registration. */
  static JsonObject submit(
      PortalStack stack, TestClient client, String username, String customerName, String uscc) {
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", customerName)
                    .add("uscc", uscc)
                    .add("province", "广东省")
                    .add("city", "深圳"))
            .add("contactName", "王测试")
            .add("contactPhone", "0755-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "数控机床 X1").add("quantity", 1)))
            .add("estimatedAmount", "250000.00")
            .add("expectedCloseDate", LocalDate.now().plusMonths(2).toString())
            .build();
    var token = "Bearer " + client.accessToken(username);
    var created =
        Http.request(
            "POST", stack.portalUrl() + REGISTRATIONS, form.toString(), "Authorization", token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var draft = Http.json(created);
    var submitted =
        Http.request(
            "POST",
            stack.portalUrl() + REGISTRATIONS + "/" + draft.getInt("id") + "/submission",
            null,
            "Authorization",
            token,
            "If-Match",
            created.headers().firstValue("ETag").orElseThrow());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return Http.json(submitted);
  }

  /** A company name no other test uses, so that the claim conflicts only where a test wants it. */
  static String uniqueCustomerName() {
    var pool = "鹏翎璟瑞澜珂骁琨岚琰曦砚钧霁韬璇沅翊骞珩桦楠晗煜";
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("通知");
    for (int i = 0; i < 4; i++) {
      name.append(pool.charAt(random.nextInt(pool.length())));
    }
    return name + "自动化设备有限公司";
  }
}
