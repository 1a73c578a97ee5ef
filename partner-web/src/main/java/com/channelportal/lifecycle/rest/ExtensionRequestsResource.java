package com.channelportal.lifecycle.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.boundary.Extensions;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Extension requests across registrations: the brand's queue of open requests in the caller's
 * scope, one request, and the decision of the partner's channel manager or a brand admin, which
 * needs the request's ETag in If-Match (428 without, 412 when stale).
 */
@Path("v1/extension-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class ExtensionRequestsResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject Extensions extensions;

  public record Page(List<ExtensionJson> items, long total, int offset, int limit) {}

  @GET
  @RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
  @Operation(
      summary =
          "Extension requests in the caller's scope, oldest first; status OPEN (default),"
              + " APPROVED, DENIED or LAPSED")
  public Page list(
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var caller = currentCaller.get();
    var wanted = status(status);
    var items =
        extensions.list(caller, wanted, offset, limit).stream().map(ExtensionJson::of).toList();
    return new Page(items, extensions.count(caller, wanted), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One extension request; the ETag carries its version")
  public Response get(@PathParam("id") long id) {
    var extension = extensions.get(currentCaller.get(), id);
    return Response.ok(ExtensionJson.of(extension))
        .tag(Versions.etag(extension.getVersion()))
        .build();
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed({"channel-manager", "brand-admin"})
  @Operation(
      summary =
          "Approve (approve true; moves the end of protection by the requested days) or deny"
              + " (approve false, reason required) an open request; needs If-Match")
  public Response decide(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ExtensionDecision decision) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      // someone else's request is not found, whatever was sent
      extensions.get(caller, id);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var body = decision == null ? new ExtensionDecision(null, null) : decision;
    var decided = extensions.decide(caller, id, version, body);
    return Response.ok(ExtensionJson.of(decided)).tag(Versions.etag(decided.getVersion())).build();
  }

  private static ExtensionStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return ExtensionStatus.OPEN;
    }
    try {
      return ExtensionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("status must be one of " + List.of(ExtensionStatus.values()));
    }
  }
}
