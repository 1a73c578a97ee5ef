package com.channelportal.lifecycle.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.boundary.Extensions;
import com.channelportal.lifecycle.entity.ExtensionForm;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A registration's extension requests: the partner asks for more days of protection for its
 * approved registration; the partner and brand staff in scope read the requests. Another tenant's
 * registration is "not found" before the body is looked at.
 */
@Path("v1/registrations/{id}/extension-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class RegistrationExtensionsResource {

  @Inject CurrentCaller currentCaller;

  @Inject Extensions extensions;

  @GET
  @Operation(summary = "The registration's extension requests, newest first")
  public List<ExtensionJson> list(@PathParam("id") long id) {
    return extensions.of(currentCaller.get(), id).stream().map(ExtensionJson::of).toList();
  }

  @POST
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Ask for a longer protection of the caller's approved registration before it ends:"
              + " days (1 to 90 by default) and a justification (10 to 1000 characters); one open"
              + " request at a time (409 lifecycle.EXTENSION_OPEN), 409 lifecycle.NOT_PROTECTED"
              + " once protection ended")
  public Response request(@PathParam("id") long id, ExtensionForm form) {
    var body = form == null ? new ExtensionForm(null, null) : form;
    var created = extensions.request(currentCaller.get(), id, body);
    var location =
        UriBuilder.fromResource(ExtensionRequestsResource.class)
            .path(String.valueOf(created.getId()))
            .build();
    return Response.created(location)
        .entity(ExtensionJson.of(created))
        .tag(Versions.etag(created.getVersion()))
        .build();
  }
}
