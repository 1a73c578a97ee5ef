package com.channelportal.review.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.entity.AppealForm;
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

/** The partner's one appeal against a rejection of its registration. */
@Path("v1/registrations/{id}/appeal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("partner-user")
public class AppealResource {

  @Inject CurrentCaller currentCaller;

  @Inject Rulings rulings;

  @Inject Registrations registrations;

  @POST
  @Operation(
      summary =
          "Appeal a rejection, once, with text (10..2000 characters) for the brand admins; the"
              + " registration becomes APPEALED; needs If-Match; 409 review.NOT_APPEALABLE when it"
              + " is not rejected or was appealed before")
  public Response appeal(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AppealForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      registrations.get(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var appealed = rulings.appeal(caller, id, version, Versions.required(form));
    return Response.ok(RegistrationJson.of(appealed))
        .tag(Versions.etag(appealed.getVersion()))
        .build();
  }
}
