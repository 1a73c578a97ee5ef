package com.channelportal.review.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.entity.AppealDecisionForm;
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

/** A brand admin's decision on an appealed rejection. */
@Path("v1/registrations/{id}/appeal-decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("brand-admin")
public class AppealDecisionResource {

  @Inject CurrentCaller currentCaller;

  @Inject Rulings rulings;

  @Inject Registrations registrations;

  @POST
  @Operation(
      summary =
          "Decide an appeal: UPHOLD (the rejection is final) or OVERTURN (back to UNDER_REVIEW for"
              + " a new ruling), with a rationale the partner reads; needs If-Match; 409"
              + " review.NOT_APPEALED when it is not appealed")
  public Response decide(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AppealDecisionForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      registrations.get(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var decided = rulings.decideAppeal(caller, id, version, Versions.required(form));
    return Response.ok(RegistrationJson.of(decided))
        .tag(Versions.etag(decided.getVersion()))
        .build();
  }
}
