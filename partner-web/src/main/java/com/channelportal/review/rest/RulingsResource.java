package com.channelportal.review.rest;

import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.review.boundary.Rulings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The rulings on a registration, for whoever may read the registration. */
@Path("v1/registrations/{id}/rulings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class RulingsResource {

  @Inject CurrentCaller currentCaller;

  @Inject Rulings rulings;

  @GET
  @Operation(
      summary =
          "The rulings on a registration, oldest first: kind, reason code, rationale and time;"
              + " brand staff also see who decided and the ruling a consequence follows from")
  public List<RulingJson> list(@PathParam("id") long id) {
    var caller = currentCaller.get();
    return rulings.of(caller, id).stream()
        .map(r -> RulingJson.of(r, caller.isBrandStaff()))
        .toList();
  }
}
