package com.channelportal.isolation;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.support.Http;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * An open extension request of each tenant for the matrix, made through the API by the tenant's own
 * user: a registration of a customer nobody else registers is approved automatically, and its
 * partner asks for more days. No valid decision is sent: without If-Match a decision answers 428 to
 * whoever may decide and leaves the request open, and "not found" to everyone else.
 */
final class LifecycleFixtures {

  static final String EXTENSION_REQUESTS = "/api/v1/extension-requests";

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  LifecycleFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  /** The id of a new open extension request of {@code owner}'s company. */
  String openRequestOf(Persona owner) {
    var registration = approvedRegistrationOf(owner);
    var request =
        Json.createObjectBuilder()
            .add("days", 10)
            .add("justification", "矩阵测试：客户的预算审批推迟到下个季度")
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl
                + RegistrationFixtures.REGISTRATIONS
                + "/"
                + registration
                + "/extension-requests",
            request.toString(),
            "Authorization",
            "Bearer " + bearer.apply(owner));
    check(created, 201, "request an extension as " + owner);
    return String.valueOf(Http.json(created).getJsonNumber("id").longValue());
  }

  private long approvedRegistrationOf(Persona owner) {
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", RegistrationFixtures.uniqueCompanyName("延期"))
                    .add("uscc", TestCompanies.randomUscc())
                    .add("province", "上海市")
                    .add("city", "上海"))
            .add("contactName", "王测试")
            .add("contactPhone", "021-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "数控机床 X1").add("quantity", 1)))
            .add("estimatedAmount", "120000.00")
            .add("expectedCloseDate", LocalDate.now().plusMonths(3).toString())
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl + RegistrationFixtures.REGISTRATIONS,
            form.toString(),
            "Authorization",
            "Bearer " + bearer.apply(owner));
    check(created, 201, "create a registration to extend as " + owner);
    var draft = Http.json(created);
    var id = draft.getJsonNumber("id").longValue();
    var submitted =
        Http.request(
            "POST",
            portalUrl + RegistrationFixtures.REGISTRATIONS + "/" + id + "/submission",
            null,
            "Authorization",
            "Bearer " + bearer.apply(owner),
            "If-Match",
            "\"" + draft.getJsonNumber("version").longValue() + "\"");
    check(submitted, 200, "submit a registration to extend as " + owner);
    var status = Http.json(submitted).getString("status");
    if (!"APPROVED".equals(status)) {
      throw new AssertionError("The registration to extend is " + status + ", not APPROVED");
    }
    return id;
  }

  private static void check(HttpResponse<String> response, int expected, String what) {
    if (response.statusCode() != expected) {
      throw new AssertionError(
          "Could not " + what + ": " + response.statusCode() + " " + response.body());
    }
  }
}
