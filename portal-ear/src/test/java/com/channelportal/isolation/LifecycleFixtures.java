package com.channelportal.isolation;

import com.channelportal.support.Http;
import jakarta.json.Json;
import java.net.http.HttpResponse;
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
    var registration = new RegistrationFixtures(portalUrl, bearer).approved(owner, "延期");
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

  private static void check(HttpResponse<String> response, int expected, String what) {
    if (response.statusCode() != expected) {
      throw new AssertionError(
          "Could not " + what + ": " + response.statusCode() + " " + response.body());
    }
  }
}
