package com.channelportal.review.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.rest.RegistrationJson;
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

/** The partner resubmits a registration returned for more information. */
@Path("v1/registrations/{id}/resubmission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("partner-user")
public class ResubmissionResource {

  @Inject CurrentCaller currentCaller;

  @Inject Registrations registrations;

  @POST
  @Operation(
      summary =
          "Resubmit a registration returned for information (INFORMATION_REQUESTED), revised with"
              + " the body (the whole registration, as for a draft) or as it is without one: it is"
              + " stamped again and checked for conflicts like a first submission, keeping its"
              + " number; needs If-Match")
  public Response resubmit(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Nullable RegistrationForm form) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      registrations.get(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var resubmitted = registrations.resubmit(caller, id, version, form);
    return Response.ok(RegistrationJson.of(resubmitted))
        .tag(Versions.etag(resubmitted.getVersion()))
        .build();
  }
}
