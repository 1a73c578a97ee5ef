package com.channelportal.isolation;

import com.channelportal.isolation.TenantFixtures.Target;
import com.channelportal.isolation.TenantFixtures.Write;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.support.Http;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A direct opportunity for the matrix: the brand's own record, of no tenant, entered through the
 * API by the brand-sales persona, so that it is the owner a permitted write needs. Closing gets no
 * valid write: without If-Match it answers 428 and the opportunity stays open for the other cases.
 */
final class DirectFixtures {

  static final String OPPORTUNITIES = "/api/v1/direct-opportunities";

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  DirectFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  String openOpportunity() {
    var form =
        Json.createObjectBuilder()
            .add("title", "矩阵直销机会")
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", RegistrationFixtures.uniqueCompanyName("直销"))
                    .add("uscc", TestCompanies.randomUscc()))
            .add("estimatedAmount", "500000.00")
            .add("expectedCloseDate", LocalDate.now().plusMonths(2).toString())
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl + OPPORTUNITIES,
            form.toString(),
            "Authorization",
            "Bearer " + bearer.apply(Persona.BRAND_SALES));
    if (created.statusCode() != 201) {
      throw new AssertionError("Could not enter a direct opportunity: " + created.body());
    }
    return String.valueOf(Http.json(created).getJsonNumber("id").longValue());
  }

  /** PUT …/{id} with the opportunity's current content and ETag, read as the brand admin. */
  Write unchanged(Target target) {
    var current =
        Http.get(
            portalUrl + target.path(),
            "Authorization",
            "Bearer " + bearer.apply(Persona.BRAND_ADMIN));
    if (current.statusCode() != 200) {
      throw new AssertionError("Could not read " + target.path() + ": " + current.body());
    }
    var etag = current.headers().firstValue("ETag").orElseThrow();
    return new Write(current.body(), List.of("If-Match", etag));
  }
}
