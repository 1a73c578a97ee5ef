package com.channelportal.dealteam.rest;

import com.channelportal.dealteam.boundary.DealTeams;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Who works on a deal: its readers see the team; while the deal is open they change it. */
@Path("v1/registrations/{id}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class DealTeamResource {

  @Inject CurrentCaller currentCaller;

  @Inject DealTeams teams;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The deal team, submitter first; 404 for a draft or a deal out of scope")
  public List<DealTeamJson.Member> list(@PathParam("id") long id) {
    return teams.members(currentCaller.get(), id).stream().map(DealTeamJson.Member::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Put someone on the team: partner users add colleagues of their own company as"
              + " PARTNER_REP, brand staff add brand staff who may read the deal as CHANNEL_MANAGER,"
              + " PRESALES or DIRECT_REP; they are notified")
  public Response add(@PathParam("id") long id, DealTeamJson.NewMember body) {
    var caller = currentCaller.get();
    var request = body == null ? new DealTeamJson.NewMember(null, null) : body;
    var member = teams.add(caller, id, request.username(), request.role());
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build();
    return Response.created(location).entity(DealTeamJson.Member.of(member)).build();
  }

  @DELETE
  @Path("{memberId}")
  @Operation(
      summary =
          "Take someone off the team (not the submitter, nobody with open tasks); 204 also when"
              + " they are no longer on it")
  public Response remove(@PathParam("id") long id, @PathParam("memberId") long memberId) {
    teams.remove(currentCaller.get(), id, memberId);
    return Response.noContent().build();
  }
}
