package com.channelportal.confirmation.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.confirmation.boundary.Confirmations;
import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Customer confirmations of a registration: its partner asks the customer's contact by e-mail; the
 * partner and brand staff in scope read the requests and answers.
 */
@Path("v1/registrations/{id}/confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class ConfirmationsResource {

  @Inject CurrentCaller currentCaller;

  @Inject Confirmations confirmations;

  @GET
  @Operation(
      summary =
          "The registration's confirmation requests, newest first: state OPEN, CONFIRMED,"
              + " DENIED or EXPIRED, with the answer's time, comment and client address")
  public List<ConfirmationJson> list(@PathParam("id") long id) {
    return confirmations.of(currentCaller.get(), id).stream()
        .map(c -> ConfirmationJson.of(c, confirmations.stateOf(c)))
        .toList();
  }

  @POST
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Ask the customer's contact to confirm this registration: {email, name?, language:"
              + " zh-CN (default) or en}; sends a single-use link valid 72 hours; for a"
              + " submitted, under-review or approved registration of the caller's company; at"
              + " most 3 open requests per registration and 20 requests per company and day (429)")
  public Response request(@PathParam("id") long id, ConfirmationForm form) {
    var created = confirmations.request(currentCaller.get(), id, Versions.required(form));
    return Response.status(Response.Status.CREATED)
        .entity(ConfirmationJson.of(created, confirmations.stateOf(created)))
        .build();
  }
}
