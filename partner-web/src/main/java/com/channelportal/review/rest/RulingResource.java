package com.channelportal.review.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.review.boundary.Reviews;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.entity.RulingForm;
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

/** A channel manager's (or brand admin's) ruling on a claim under review or on hold. */
@Path("v1/registrations/{id}/ruling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"channel-manager", "brand-admin"})
public class RulingResource {

  @Inject CurrentCaller currentCaller;

  @Inject Rulings rulings;

  @Inject Reviews reviews;

  @POST
  @Operation(
      summary =
          "Rule on a claim: decision APPROVE (the other partners' pending claims go ON_HOLD; 409"
              + " review.OTHER_APPROVED if another claim is approved), REJECT with reasonCode"
              + " (DUPLICATE, DIRECT_SALES_EARLIER, EXISTING_CUSTOMER, INCOMPLETE, OUT_OF_TERRITORY,"
              + " PUBLIC_TENDER, OTHER with otherReason), SHARE (all claims approved as shared; 409"
              + " review.SHARE_OUTSIDE_SCOPE for a channel manager when another partner's claim"
              + " is outside their scope) or"
              + " RETURN (for more information); rationale (10..2000 characters) is required and"
              + " shown to the partner; needs If-Match; 412 if someone ruled first")
  public Response rule(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RulingForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      reviews.requireVisible(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var ruled = rulings.rule(caller, id, version, Versions.required(form));
    return Response.ok(RegistrationJson.of(ruled)).tag(Versions.etag(ruled.getVersion())).build();
  }
}
