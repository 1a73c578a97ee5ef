package com.channelportal.direct.rest;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.rest.Versions;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.boundary.DirectOpportunityFilter;
import com.channelportal.direct.boundary.DirectSettings;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The brand's direct opportunities for brand staff and the brand's ERP/CRM. Brand sales and brand
 * admins write (sales their own), all brand staff read; every change needs the ETag in If-Match
 * (428 without, 412 when stale).
 */
@Path("v1/direct-opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
public class DirectOpportunitiesResource {

  static final int MAX_PAGE = 100;

  static final String FORMAT =
      "; estimatedAmount is a decimal string such as \"1250000.00\" in the ISO 4217 currency of"
          + " field currency (CNY by default); dates yyyy-MM-dd; times UTC ISO-8601";

  @Inject CurrentCaller currentCaller;

  @Inject DirectOpportunities opportunities;

  @Inject DirectSettings settings;

  @Context UriInfo uri;

  public record Page(List<DirectOpportunityJson> items, long total, int offset, int limit) {}

  public record ClosingJson(@Nullable DirectOpportunityStatus outcome) {}

  @GET
  @Operation(
      summary =
          "Direct opportunities, newest first, paged; filter by status (OPEN, WON, LOST, LAPSED),"
              + " owner (username) and customer (part of the name)"
              + FORMAT)
  public Page list(
      @QueryParam("status") String status,
      @QueryParam("owner") String owner,
      @QueryParam("customer") String customer,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new DirectOpportunityFilter(status(status), owner, customer);
    var caller = currentCaller.get();
    var items = opportunities.list(caller, filter, offset, limit).stream().map(this::json).toList();
    return new Page(items, opportunities.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One direct opportunity; the ETag carries its version" + FORMAT)
  public Response get(@PathParam("id") long id) {
    return withEtag(opportunities.get(currentCaller.get(), id));
  }

  @POST
  @RolesAllowed({"brand-sales", "brand-admin"})
  @Operation(
      summary =
          "Record an opportunity: title and the customer (customerId of a brand customer, or"
              + " customer with at least a name) are required. It is checked for conflicts like a"
              + " partner's registration; inConflict tells that a partner's claim was found. With"
              + " externalSource and externalRef an import is idempotent: the same pair again"
              + " answers 200 with the opportunity entered before, unchanged"
              + FORMAT)
  public Response create(DirectOpportunityJson.Body body) {
    var form = Versions.required(body).form();
    DirectOpportunities.Entry entry;
    try {
      entry = opportunities.enter(currentCaller.get(), form);
    } catch (EJBException raced) {
      if (form.externalRef() == null) {
        throw raced;
      }
      // the same import key committed by a simultaneous first send: answer with that one
      entry = opportunities.enter(currentCaller.get(), form);
    }
    var opportunity = entry.opportunity();
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(opportunity.getId())).build();
    var response = entry.created() ? Response.created(location) : Response.ok().location(location);
    return response.entity(json(opportunity)).tag(Versions.etag(opportunity.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"brand-sales", "brand-admin"})
  @Operation(
      summary =
          "Replace an open opportunity's content (its import key stays); a changed customer is"
              + " checked for conflicts again; needs If-Match"
              + FORMAT)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DirectOpportunityJson.Body body) {
    var version = version(id, ifMatch);
    var form = Versions.required(body).form();
    return withEtag(opportunities.update(currentCaller.get(), id, version, form));
  }

  @POST
  @Path("{id}/closing")
  @RolesAllowed({"brand-sales", "brand-admin"})
  @Operation(
      summary = "Close an open opportunity as {\"outcome\": \"WON\"} or \"LOST\"; needs If-Match")
  public Response close(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Nullable ClosingJson closing) {
    var version = version(id, ifMatch);
    var outcome = closing == null ? null : closing.outcome();
    if (outcome == null) {
      throw new InvalidField("outcome", "outcome.REQUIRED", "outcome: WON or LOST");
    }
    return withEtag(opportunities.close(currentCaller.get(), id, version, outcome));
  }

  @GET
  @Path("{id}/conflicts")
  @Operation(
      summary =
          "What the conflict check found for the current customer, best first: candidate kind"
              + " (REGISTRATION, CUSTOMER, DIRECT_OPPORTUNITY) and id, score 0..1 and the"
              + " matcher's reasons as codes with named params")
  public List<DirectConflictJson> conflicts(@PathParam("id") long id) {
    return opportunities.conflicts(currentCaller.get(), id).stream()
        .map(DirectConflictJson::of)
        .toList();
  }

  /** The version to change; an unknown id is "not found" before a missing If-Match. */
  private long version(long id, @Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      opportunities.get(currentCaller.get(), id);
    }
    return Versions.fromIfMatch(ifMatch);
  }

  private DirectOpportunityJson json(DirectOpportunity opportunity) {
    return DirectOpportunityJson.of(opportunity, settings.protectedUntil(opportunity));
  }

  private Response withEtag(DirectOpportunity opportunity) {
    return Response.ok(json(opportunity)).tag(Versions.etag(opportunity.getVersion())).build();
  }

  private static @Nullable DirectOpportunityStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DirectOpportunityStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "status must be one of " + List.of(DirectOpportunityStatus.values()));
    }
  }
}
