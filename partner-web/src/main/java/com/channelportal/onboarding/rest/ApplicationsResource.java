package com.channelportal.onboarding.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.onboarding.boundary.ApplicationFilter;
import com.channelportal.onboarding.boundary.Approval;
import com.channelportal.onboarding.boundary.PartnerApplications;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.ApplicationStatus;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.entity.Tier;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Partner applications for the brand's admins (and their scripts): list and read them, enter one
 * for a distributor, approve (creates the organization and invites the applicant) or reject with a
 * reason. Decisions need the application's version in If-Match, so two admins never decide one
 * application twice. Distributors apply through the public page {@code /apply}.
 */
@Path("v1/partner-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("brand-admin")
public class ApplicationsResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject PartnerApplications applications;

  @Context UriInfo uri;

  public record ApplicationJson(
      long id,
      String status,
      String companyName,
      String uscc,
      @Nullable String region,
      String emailDomain,
      String familyName,
      String givenName,
      String email,
      String phone,
      @Nullable String jobTitle,
      @Nullable String message,
      String language,
      String source,
      String submittedAt,
      @Nullable String submittedBy,
      @Nullable String decidedAt,
      @Nullable String decidedBy,
      @Nullable String rejectionReason,
      @Nullable Long partnerId,
      long version) {

    static ApplicationJson of(PartnerApplication a) {
      return new ApplicationJson(
          a.getId(),
          a.getStatus().name(),
          a.getCompanyName(),
          a.getUscc(),
          a.getRegion(),
          a.getEmailDomain(),
          a.getFamilyName(),
          a.getGivenName(),
          a.getEmail(),
          a.getPhone(),
          a.getJobTitle(),
          a.getMessage(),
          a.getLanguage(),
          a.getSource().name(),
          utc(a.getSubmittedAt()),
          a.getSubmittedBy(),
          a.getDecidedAt() == null ? null : utc(a.getDecidedAt()),
          a.getDecidedBy(),
          a.getRejectionReason(),
          a.getPartnerCompanyId(),
          a.getVersion());
    }
  }

  public record Page(List<ApplicationJson> items, long total, int offset, int limit) {}

  public record ApprovalJson(@Nullable Tier tier, @Nullable String channelManager) {}

  public record RejectionJson(@Nullable String reason) {}

  @GET
  @Operation(
      summary =
          "Applications, newest first; filter by status (SUBMITTED, APPROVED, REJECTED) and text")
  public Page list(
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new ApplicationFilter(status(status), text);
    var caller = currentCaller.get();
    var items =
        applications.list(caller, filter, offset, limit).stream().map(ApplicationJson::of).toList();
    return new Page(items, applications.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One application; the ETag carries its version")
  public Response get(@PathParam("id") long id) {
    return withEtag(applications.get(currentCaller.get(), id));
  }

  @POST
  @Operation(
      summary = "Enter an application on a distributor's behalf (same rules as the public form)")
  public Response create(ApplicationForm form) {
    var created = applications.create(currentCaller.get(), Versions.required(form));
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
    return Response.created(location)
        .entity(ApplicationJson.of(created))
        .tag(Versions.etag(created.getVersion()))
        .build();
  }

  @POST
  @Path("{id}/approval")
  @Operation(
      summary =
          "Approve: creates the Keycloak organization with the company's e-mail domain, the partner"
              + " company, and invites the applicant as partner admin; needs If-Match")
  public Response approve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ApprovalJson approval) {
    var version = Versions.fromIfMatch(ifMatch);
    var body = Versions.required(approval);
    return withEtag(
        applications.approve(
            currentCaller.get(), id, version, new Approval(body.tier(), body.channelManager())));
  }

  @POST
  @Path("{id}/rejection")
  @Operation(summary = "Reject with a reason (required); needs If-Match")
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RejectionJson rejection) {
    var version = Versions.fromIfMatch(ifMatch);
    var body = Versions.required(rejection);
    return withEtag(applications.reject(currentCaller.get(), id, version, body.reason()));
  }

  private static Response withEtag(PartnerApplication application) {
    return Response.ok(ApplicationJson.of(application))
        .tag(Versions.etag(application.getVersion()))
        .build();
  }

  private static @Nullable ApplicationStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ApplicationStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("status must be SUBMITTED, APPROVED or REJECTED");
    }
  }

  private static String utc(LocalDateTime time) {
    return time.toInstant(ZoneOffset.UTC).toString();
  }
}
