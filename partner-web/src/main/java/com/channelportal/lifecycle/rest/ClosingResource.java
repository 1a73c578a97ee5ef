package com.channelportal.lifecycle.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.boundary.Closings;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The partner closes its approved registration as won or lost; protection ends and the customer is
 * free. Needs the registration's ETag in If-Match, like every change of a registration.
 */
@Path("v1/registrations/{id}/closing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("partner-user")
public class ClosingResource {

  @Inject CurrentCaller currentCaller;

  @Inject Closings closings;

  @Inject Registrations registrations;

  /**
   * @param version the registration's new version, its ETag
   */
  public record ClosedJson(
      long registrationId,
      RegistrationStatus status,
      DealOutcome outcome,
      @Nullable String actualAmount,
      @Nullable String currency,
      @Nullable String reason,
      String closedBy,
      String closedAt,
      long version) {}

  @POST
  @Operation(
      summary =
          "Close an approved registration: outcome WON (actualAmount optional, a decimal string"
              + " in the registration's currency) or LOST (reason required); ends protection;"
              + " needs If-Match")
  public Response close(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ClosingForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      registrations.get(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var body = form == null ? new ClosingForm(null, null, null) : form;
    var closed = closings.close(caller, id, version, body);
    var closing = closings.of(caller, id).orElseThrow();
    var json =
        new ClosedJson(
            id,
            closed.getStatus(),
            closing.getOutcome(),
            closing.getActualAmount() == null ? null : closing.getActualAmount().toPlainString(),
            closing.getCurrency(),
            closing.getReason(),
            closing.getClosedBy(),
            ExtensionJson.utc(closing.getClosedAt()),
            closed.getVersion());
    return Response.ok(json).tag(Versions.etag(closed.getVersion())).build();
  }
}
