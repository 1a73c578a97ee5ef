package com.channelportal.direct.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.direct.boundary.DirectActivities;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The activity log of a direct opportunity: what keeps its protection alive. Adding to it needs no
 * If-Match, since it changes nothing anyone typed; it does raise the opportunity's version.
 */
@Path("v1/direct-opportunities/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
public class DirectActivitiesResource {

  @Inject CurrentCaller currentCaller;

  @Inject DirectActivities activities;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The opportunity's activities, latest first; times UTC ISO-8601")
  public List<ActivityJson> list(@PathParam("id") long id) {
    return activities.of(currentCaller.get(), id).stream().map(ActivityJson::of).toList();
  }

  @POST
  @RolesAllowed({"brand-sales", "brand-admin"})
  @Operation(
      summary =
          "Record an activity on an open opportunity: kind (VISIT, CALL, MEETING, DEMO,"
              + " QUOTATION, BID, NOTE), occurredAt (ISO-8601 with offset, not in the future, at"
              + " most a year ago) and an optional note of up to 1000 characters")
  public Response record(@PathParam("id") long id, ActivityForm form) {
    var activity = activities.record(currentCaller.get(), id, Versions.required(form));
    // activities are read as the log, not one by one: the Location is the log
    return Response.created(uri.getAbsolutePath()).entity(ActivityJson.of(activity)).build();
  }
}
