package com.channelportal.registration.rest;

import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Availability;
import com.channelportal.registration.entity.AvailabilityAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The partners' blind availability check: may we register this customer? The answer never says who
 * holds a claim. Each check is counted per user (429 with Retry-After beyond the limit) and
 * audited, so it is a GET with effects the client should not repeat for nothing.
 */
@Path("v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("partner-user")
public class AvailabilityResource {

  @Inject CurrentCaller currentCaller;

  @Inject Availability availability;

  /**
   * @param answer FREE, PROTECTED_UNTIL or SERVED_BY_BRAND
   * @param protectedUntil the last protected day (yyyy-MM-dd), only with PROTECTED_UNTIL
   */
  public record AnswerJson(AvailabilityAnswer.Kind answer, @Nullable LocalDate protectedUntil) {

    static AnswerJson of(AvailabilityAnswer answer) {
      var until =
          answer instanceof AvailabilityAnswer.ProtectedUntil protectedUntil
              ? protectedUntil.date()
              : null;
      return new AnswerJson(answer.kind(), until);
    }
  }

  @GET
  @Operation(
      summary =
          "Whether a customer is free, protected until a date or served by the brand directly;"
              + " q is a company name, USCC, e-mail address or web domain; limited per user (429)")
  public AnswerJson check(@QueryParam("q") String query) {
    return AnswerJson.of(availability.check(currentCaller.get(), query));
  }
}
