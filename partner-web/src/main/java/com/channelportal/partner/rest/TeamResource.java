package com.channelportal.partner.rest;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.rest.Versions;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import com.channelportal.identity.control.OrganizationDirectory.MemberProfile;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.Teams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A partner company's people. Everyone who may see the company sees its team; its partner admins
 * and brand admins invite, promote, demote and deactivate. The state lives in Keycloak and each
 * change states its outcome ("admin: true", "enabled: false"), so repeating a request is harmless
 * and no version is needed.
 */
@Path("v1/partners/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin"})
public class TeamResource {

  @Inject CurrentCaller currentCaller;

  @Inject Teams teams;

  @Context UriInfo uri;

  public record MemberJson(
      String id,
      String username,
      String email,
      String familyName,
      String givenName,
      String role,
      boolean enabled,
      boolean emailVerified) {

    static MemberJson of(MemberProfile p) {
      return new MemberJson(
          p.member().id(),
          p.member().username(),
          p.email(),
          p.familyName(),
          p.givenName(),
          p.member().admin() ? "partner-admin" : "partner-user",
          p.member().enabled(),
          p.emailVerified());
    }
  }

  public record InvitationJson(
      @Nullable String email,
      @Nullable String familyName,
      @Nullable String givenName,
      @Nullable String language,
      @Nullable String role) {}

  public record RoleJson(@Nullable String role) {}

  public record EnabledJson(@Nullable Boolean enabled) {}

  @GET
  @Operation(summary = "The company's people with role and whether they can sign in")
  public List<MemberJson> list(@PathParam("id") long id) {
    return teams.members(currentCaller.get(), id).stream().map(MemberJson::of).toList();
  }

  @GET
  @Path("{userId}")
  @Operation(summary = "One member of the company")
  public MemberJson get(@PathParam("id") long id, @PathParam("userId") String userId) {
    return MemberJson.of(teams.member(currentCaller.get(), id, userId));
  }

  @POST
  @RolesAllowed({"partner-admin", "brand-admin"})
  @Operation(
      summary =
          "Invite a colleague: creates the account and sends Keycloak's set-password e-mail; the"
              + " address must be on the company's domain, never free mail")
  public Response invite(@PathParam("id") long id, InvitationJson invitation) {
    var body = Versions.required(invitation);
    var admin = isAdmin(body.role());
    var invitee = new Invitee(body.email(), body.familyName(), body.givenName(), body.language());
    var member = teams.invite(currentCaller.get(), id, invitee, admin);
    var location = uri.getAbsolutePathBuilder().path(member.member().id()).build();
    return Response.created(location).entity(MemberJson.of(member)).build();
  }

  @PUT
  @Path("{userId}/role")
  @RolesAllowed({"partner-admin", "brand-admin"})
  @Operation(summary = "Make a member partner-admin or partner-user; never the last admin away")
  public MemberJson changeRole(
      @PathParam("id") long id, @PathParam("userId") String userId, RoleJson role) {
    var requested = Versions.required(role).role();
    if (requested == null) {
      throw new InvalidField("role", "role.REQUIRED", "role must be partner-user or partner-admin");
    }
    var admin = isAdmin(requested);
    return MemberJson.of(teams.changeRole(currentCaller.get(), id, userId, admin));
  }

  @PUT
  @Path("{userId}/enabled")
  @RolesAllowed({"partner-admin", "brand-admin"})
  @Operation(summary = "Deactivate (ends the sessions) or re-enable a member")
  public MemberJson setEnabled(
      @PathParam("id") long id, @PathParam("userId") String userId, EnabledJson enabled) {
    var value = Versions.required(enabled).enabled();
    if (value == null) {
      throw new InvalidField("enabled", "enabled.REQUIRED", "enabled must be true or false");
    }
    return MemberJson.of(teams.setEnabled(currentCaller.get(), id, userId, value));
  }

  private static boolean isAdmin(@Nullable String role) {
    if ("partner-admin".equals(role)) {
      return true;
    }
    if (role == null || "partner-user".equals(role)) {
      return false;
    }
    throw new InvalidField("role", "role.UNKNOWN", "role must be partner-user or partner-admin");
  }
}
