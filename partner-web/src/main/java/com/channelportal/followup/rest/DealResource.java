package com.channelportal.followup.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.boundary.DealForecasts;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.followup.entity.DealForm;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.entity.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A submitted registration as a deal: its stage and forecast, which the partner keeps current on an
 * approved one. The ETag is the registration's version, so the same If-Match protects both.
 */
@Path("v1/registrations/{id}/deal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class DealResource {

  @Inject CurrentCaller currentCaller;

  @Inject Deals deals;

  @Inject DealForecasts forecasts;

  @Inject DealActivities activities;

  @GET
  @Operation(
      summary =
          "The deal's status, stage and forecast, and whether it is inactive (approved, without"
              + " shared activity for the configured days); amounts are decimals in currency")
  public Response get(@PathParam("id") long id) {
    return withEtag(deals.readable(currentCaller.get(), id));
  }

  @PUT
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Change stage (PROSPECTING, QUALIFICATION, SOLUTION, PROPOSAL, NEGOTIATION),"
              + " estimatedAmount (decimal string, two decimals), expectedCloseDate (yyyy-MM-dd,"
              + " not past) and winProbability (0..100) of an approved deal; If-Match; the change"
              + " is logged on the timeline")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Nullable DealForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      deals.readable(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    return withEtag(forecasts.update(caller, id, version, Versions.required(form)));
  }

  private Response withEtag(Registration registration) {
    return Response.ok(DealJson.of(registration, activities.isInactive(registration)))
        .tag(Versions.etag(registration.getVersion()))
        .build();
  }
}
