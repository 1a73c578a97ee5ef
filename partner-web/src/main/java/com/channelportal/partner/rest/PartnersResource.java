package com.channelportal.partner.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.rest.PartnerJson.ContactJson;
import com.channelportal.partner.rest.PartnerJson.ProgrammeJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Partner companies for ERP/CRM integrations and scripts. Each caller sees the companies of its
 * scope (brand admin: all, channel manager: assigned, partner: its own); changes need the version
 * from the ETag in If-Match, so two editors never overwrite each other unnoticed.
 */
@Path("v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin"})
public class PartnersResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject Partners partners;

  public record Page(List<PartnerJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(summary = "Partner companies visible to the caller, paged and filtered")
  public Page list(
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @QueryParam("desc") @DefaultValue("false") boolean descending,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new PartnerFilter(text, sort, !descending);
    var caller = currentCaller.get();
    var items = partners.list(caller, filter, offset, limit).stream().map(PartnerJson::of).toList();
    return new Page(items, partners.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One partner company; the ETag carries its version")
  public Response get(@PathParam("id") long id) {
    return withEtag(partners.get(currentCaller.get(), id));
  }

  @PUT
  @Path("{id}/contact")
  @RolesAllowed({"partner-admin", "brand-admin"})
  @Operation(summary = "Change the contact person; needs If-Match with the current ETag")
  public Response changeContact(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ContactJson contact) {
    var version = Versions.fromIfMatch(ifMatch);
    var body = Versions.required(contact);
    return withEtag(partners.changeContact(currentCaller.get(), id, version, body.toContact()));
  }

  @PUT
  @Path("{id}/programme")
  @RolesAllowed("brand-admin")
  @Operation(summary = "Change name, USCC, region, tier, status, channel manager (brand admin)")
  public Response changeProgramme(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProgrammeJson programme) {
    var version = Versions.fromIfMatch(ifMatch);
    var body = Versions.required(programme);
    return withEtag(partners.changeProgramme(currentCaller.get(), id, version, body.toProgramme()));
  }

  private static Response withEtag(PartnerCompany company) {
    return Response.ok(PartnerJson.of(company)).tag(Versions.etag(company.getVersion())).build();
  }
}
