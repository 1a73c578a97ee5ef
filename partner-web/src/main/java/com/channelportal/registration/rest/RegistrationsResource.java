package com.channelportal.registration.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.RegistrationFilter;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.annotation.security.RolesAllowed;
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
 * Deal registrations for partners' CRMs and the brand's systems. A partner's users draft, submit
 * and withdraw their company's registrations; brand staff read them within their scope. Every
 * change needs the version from the ETag in If-Match (428 without it, 412 when it is stale).
 *
 * <p>Someone else's registration is "not found" before any header is looked at: a 428 for an id of
 * another tenant would tell that the id exists.
 */
@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class RegistrationsResource {

  static final int MAX_PAGE = 100;

  static final String AMOUNTS =
      "; amounts (estimatedAmount, customerBudget) are decimal strings such as \"1250000.00\""
          + " (numbers are accepted too) in the ISO 4217 currency of field currency, CNY by"
          + " default; dates yyyy-MM-dd, times UTC ISO-8601";

  @Inject CurrentCaller currentCaller;

  @Inject Registrations registrations;

  @Context UriInfo uri;

  public record Page(List<RegistrationJson> items, long total, int offset, int limit) {}

  public record WithdrawalJson(@Nullable String reason) {}

  @GET
  @Operation(
      summary =
          "Registrations visible to the caller, paged; filter by status, text (number, customer"
              + " name, USCC) and inactive=true (approved deals without shared activity for"
              + " PORTAL_DEAL_INACTIVITY_DAYS days); sort by number, customerName, status, estimatedAmount,"
              + " expectedCloseDate, submittedAt, createdAt or updatedAt (default)"
              + AMOUNTS)
  public Page list(
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("inactive") @DefaultValue("false") boolean inactiveOnly,
      @QueryParam("sort") String sort,
      @QueryParam("desc") @DefaultValue("true") boolean descending,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new RegistrationFilter(status(status), text, sort, !descending, inactiveOnly);
    var caller = currentCaller.get();
    var page = registrations.list(caller, filter, offset, limit);
    var pulses = registrations.pulses(page);
    var items = page.stream().map(r -> RegistrationJson.of(r, pulses.get(r.getId()))).toList();
    return new Page(items, registrations.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "One registration with its lines, history and inactive flag; the ETag carries its"
              + " version")
  public Response get(@PathParam("id") long id) {
    var registration = registrations.get(currentCaller.get(), id);
    var pulse = registrations.pulses(List.of(registration)).get(registration.getId());
    return Response.ok(RegistrationJson.of(registration, pulse))
        .tag(Versions.etag(registration.getVersion()))
        .build();
  }

  @POST
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Save a new draft of the caller's company: nothing is required yet, but what is given"
              + " must be valid; pick one of your customers with customerId or describe it in"
              + " customer"
              + AMOUNTS)
  public Response create(RegistrationForm form) {
    var created = registrations.createDraft(currentCaller.get(), Versions.required(form));
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
    return Response.created(location)
        .entity(RegistrationJson.of(created))
        .tag(Versions.etag(created.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("partner-user")
  @Operation(summary = "Replace a draft's content; needs If-Match" + AMOUNTS)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RegistrationForm form) {
    var version = version(id, ifMatch);
    var body = Versions.required(form);
    return withEtag(registrations.updateDraft(currentCaller.get(), id, version, body));
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Submit a draft: stamped with the server's time and numbered (DR-2026-000123), then"
              + " APPROVED with protectedUntil when nothing conflicts, else UNDER_REVIEW; needs"
              + " If-Match; an incomplete draft is refused with every missing field")
  public Response submit(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var version = version(id, ifMatch);
    return withEtag(registrations.submit(currentCaller.get(), id, version));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed("partner-user")
  @Operation(
      summary =
          "Withdraw a draft or a claim (frees the customer), with an optional reason; needs"
              + " If-Match")
  public Response withdraw(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Nullable WithdrawalJson withdrawal) {
    var version = version(id, ifMatch);
    var reason = withdrawal == null ? null : withdrawal.reason();
    return withEtag(registrations.withdraw(currentCaller.get(), id, version, reason));
  }

  @GET
  @Path("{id}/conflicts")
  @RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
  @Operation(
      summary =
          "What the conflict check found at submission, best first (brand staff only): candidate"
              + " kind and id, score 0..1 and the matcher's reasons as codes with named params")
  public List<ConflictJson> conflicts(@PathParam("id") long id) {
    return registrations.conflicts(currentCaller.get(), id).stream().map(ConflictJson::of).toList();
  }

  /** The version to change; someone else's registration is not found first, whatever was sent. */
  private long version(long id, @Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      registrations.get(currentCaller.get(), id);
    }
    return Versions.fromIfMatch(ifMatch);
  }

  private static Response withEtag(Registration registration) {
    return Response.ok(RegistrationJson.of(registration))
        .tag(Versions.etag(registration.getVersion()))
        .build();
  }

  private static @Nullable RegistrationStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RegistrationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "status must be one of " + List.of(RegistrationStatus.values()));
    }
  }
}
