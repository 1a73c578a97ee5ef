package com.channelportal.followup.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.followup.boundary.ActivityFilter;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.followup.boundary.TimelineExports;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.Upload;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A deal's timeline: everyone who may read the registration (once submitted) reads and adds to it;
 * only an activity's author changes it, with If-Match (428 without, 412 when stale). Brand-internal
 * activities are never in a partner's answers. Another tenant's deal is "not found" before any
 * header or body is looked at.
 */
@Path("v1/registrations/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class ActivitiesResource {

  static final int MAX_PAGE = 100;

  static final String FORM =
      ": kind (VISIT, CALL, MEETING, DEMO, QUOTATION, BID, NOTE), occurredAt (ISO-8601 with"
          + " offset, not in the future, at most two years ago), participants and customerContacts"
          + " (up to 20 names of up to 100 characters), notes (4000), outcome (2000), nextStep"
          + " (1000), visibility SHARED (default) or BRAND_INTERNAL (brand staff only)";

  /**
   * Both create methods share one OpenAPI operation (one path, one method), whose body schema is
   * that of whichever method the generator reads last: the summary of each tells both bodies.
   * Declaring both bodies with {@code @RequestBody} made Payara's /openapi answer 500.
   */
  static final String CREATE =
      "Log an activity on an open deal, as application/json (the form below) or with its files"
          + " as multipart/form-data: part activity (that form as application/json) and up to "
          + MultipartActivity.MAX_FILES
          + " parts file (repeat the part per file, each with its file name); all or nothing: a"
          + " refused file (400 with the file's reason, 413 above the file limit, 20 MB by"
          + " default) leaves no activity; a multipart request may be at most "
          + MultipartActivity.MAX_FILES_PER_LIMIT
          + " times the file limit plus 1 MB (413) and needs a Content-Length (411)";

  @Inject CurrentCaller currentCaller;

  @Inject DealActivities activities;

  @Inject DealAttachments attachments;

  @Inject TimelineExports exports;

  @Context UriInfo uri;

  public record Page(List<ActivityJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(
      summary =
          "The deal's activities newest first, paged; filter by kind and author (username); each"
              + " with its files")
  public Page list(
      @PathParam("id") long id,
      @QueryParam("kind") @Nullable String kind,
      @QueryParam("author") @Nullable String author,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var caller = currentCaller.get();
    var filter = new ActivityFilter(kind(kind), author);
    var page = activities.list(caller, id, filter, offset, limit);
    return new Page(json(caller, id, page), activities.count(caller, id, filter), offset, limit);
  }

  @POST
  @Operation(summary = CREATE + FORM)
  public Response create(@PathParam("id") long id, @Nullable ActivityForm form) {
    var caller = currentCaller.get();
    var activity = activities.record(caller, id, Versions.required(form), List.of());
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(activity.getId())).build();
    return Response.created(location)
        .entity(ActivityJson.of(activity, List.of()))
        .tag(Versions.etag(activity.getVersion()))
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @UploadLimit
  @Operation(summary = CREATE + FORM)
  public Response createWithFiles(@PathParam("id") long id, List<EntityPart> parts) {
    var caller = currentCaller.get();
    // another tenant's deal is not found before any part is looked at
    activities.count(caller, id, ActivityFilter.NONE);
    var request = MultipartActivity.read(parts, attachments.maxBytes());
    var activity = activities.record(caller, id, request.form(), request.files());
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(activity.getId())).build();
    return Response.created(location)
        .entity(json(caller, id, List.of(activity)).get(0))
        .tag(Versions.etag(activity.getVersion()))
        .build();
  }

  @GET
  @Path("export")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "The deal's activities the caller may see as text/csv (UTF-8 with a byte-order mark):"
              + " occurred (the caller's time zone, yyyy-MM-dd HH:mm), kind, author, side,"
              + " visibility, participants, customerContacts, notes, outcome, nextStep,"
              + " attachments; newest first; each export is audited")
  public Response export(@PathParam("id") long id) {
    var export = exports.csv(currentCaller.get(), id);
    return Response.ok(export.content(), TimelineExports.MEDIA_TYPE)
        .header("Content-Disposition", AttachmentsResource.disposition(export.fileName()))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("{activityId}")
  @Operation(summary = "One activity with its files; the ETag carries its version")
  public Response get(@PathParam("id") long id, @PathParam("activityId") long activityId) {
    var caller = currentCaller.get();
    return withEtag(caller, id, activities.get(caller, id, activityId));
  }

  @PUT
  @Path("{activityId}")
  @Operation(
      summary =
          "Replace an activity's content (its author only; visibility stays); If-Match" + FORM)
  public Response update(
      @PathParam("id") long id,
      @PathParam("activityId") long activityId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Nullable ActivityForm form) {
    var caller = currentCaller.get();
    var version = version(caller, id, activityId, ifMatch);
    var body = Versions.required(form);
    return withEtag(caller, id, activities.edit(caller, id, activityId, version, body));
  }

  @DELETE
  @Path("{activityId}")
  @Operation(summary = "Delete an activity (its author only; hidden, kept for the audit); If-Match")
  public Response delete(
      @PathParam("id") long id,
      @PathParam("activityId") long activityId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
    var caller = currentCaller.get();
    var version = version(caller, id, activityId, ifMatch);
    activities.delete(caller, id, activityId, version);
    return Response.noContent().build();
  }

  @POST
  @Path("{activityId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Attach a file to an activity: the raw bytes as the body, the name in query parameter"
              + " fileName; PDF, PNG, JPEG, GIF, WebP, Office documents or UTF-8 text, told by"
              + " content; 413 above the size limit (20 MB by default)")
  public Response attach(
      @PathParam("id") long id,
      @PathParam("activityId") long activityId,
      @QueryParam("fileName") @Nullable String fileName,
      InputStream body) {
    var caller = currentCaller.get();
    // a file for an activity nobody may see is not found before its bytes are read
    activities.get(caller, id, activityId);
    var content = Uploads.read(body, attachments.maxBytes());
    var name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
    var attachment = attachments.add(caller, id, activityId, new Upload(name, content));
    var json = ActivityJson.AttachmentJson.of(id, attachment);
    return Response.created(uri.getBaseUriBuilder().path(json.href().substring(5)).build())
        .entity(json)
        .build();
  }

  private long version(Caller caller, long id, long activityId, @Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      activities.get(caller, id, activityId);
    }
    return Versions.fromIfMatch(ifMatch);
  }

  private Response withEtag(Caller caller, long id, DealActivity activity) {
    var json = json(caller, id, List.of(activity)).get(0);
    return Response.ok(json).tag(Versions.etag(activity.getVersion())).build();
  }

  private List<ActivityJson> json(Caller caller, long id, List<DealActivity> page) {
    var files = activities.attachmentsOf(caller, id, page);
    return page.stream()
        .map(a -> ActivityJson.of(a, files.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  private static @Nullable DealActivityKind kind(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DealActivityKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind must be one of " + List.of(DealActivityKind.values()));
    }
  }
}
