package com.channelportal.dealteam.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tasks on one deal and their comments; shared by both sides of the channel. */
@Path("v1/registrations/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class DealTasksResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject DealTasks tasks;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The deal's tasks by due day; overdue is computed in the caller's zone")
  public DealTeamJson.Page<DealTeamJson.Task> list(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    page(offset, limit);
    var caller = currentCaller.get();
    var today = tasks.today(caller);
    var items =
        tasks.list(caller, id, offset, limit).stream()
            .map(t -> DealTeamJson.Task.of(t, today))
            .toList();
    return new DealTeamJson.Page<>(items, tasks.count(caller, id), offset, limit);
  }

  @POST
  @Operation(
      summary =
          "A new task: title, assignee (someone on the deal team) and dueDate (yyyy-MM-dd)"
              + " required, description optional; the assignee is notified")
  public Response create(@PathParam("id") long id, TaskForm form) {
    var caller = currentCaller.get();
    var body = form == null ? new TaskForm(null, null, null, null, null) : form;
    var task = tasks.create(caller, id, body);
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(task.getId())).build();
    return Response.created(location)
        .entity(DealTeamJson.Task.of(task, tasks.today(caller)))
        .tag(Versions.etag(task.getVersion()))
        .build();
  }

  @GET
  @Path("{taskId}")
  @Operation(summary = "One task; the ETag carries its version")
  public Response get(@PathParam("id") long id, @PathParam("taskId") long taskId) {
    var caller = currentCaller.get();
    var task = tasks.get(caller, id, taskId);
    return Response.ok(DealTeamJson.Task.of(task, tasks.today(caller)))
        .tag(Versions.etag(task.getVersion()))
        .build();
  }

  @PATCH
  @Operation(
      summary =
          "Change a task: the fields sent (title, description, assignee, dueDate, status OPEN,"
              + " DONE or CANCELLED; done and cancelled may be reopened); needs If-Match")
  @Path("{taskId}")
  public Response update(
      @PathParam("id") long id,
      @PathParam("taskId") long taskId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TaskForm change) {
    var caller = currentCaller.get();
    if (ifMatch == null || ifMatch.isBlank()) {
      tasks.get(caller, id, taskId);
    }
    var version = Versions.fromIfMatch(ifMatch);
    var body = change == null ? new TaskForm(null, null, null, null, null) : change;
    var task = tasks.update(caller, id, taskId, version, body);
    return Response.ok(DealTeamJson.Task.of(task, tasks.today(caller)))
        .tag(Versions.etag(task.getVersion()))
        .build();
  }

  @GET
  @Path("{taskId}/comments")
  @Operation(summary = "The task's comments, oldest first")
  public List<DealTeamJson.Comment> comments(
      @PathParam("id") long id, @PathParam("taskId") long taskId) {
    return tasks.comments(currentCaller.get(), id, taskId).stream()
        .map(DealTeamJson.Comment::of)
        .toList();
  }

  @POST
  @Path("{taskId}/comments")
  @Operation(
      summary =
          "Comment on a task; @username mentions notify people who may read the deal, a mention"
              + " of anyone else is refused (mention.NOT_VISIBLE, mention.UNKNOWN)")
  public Response comment(
      @PathParam("id") long id, @PathParam("taskId") long taskId, DealTeamJson.NewComment body) {
    var text = body == null ? null : body.text();
    var comment = tasks.comment(currentCaller.get(), id, taskId, text);
    var location = uri.getAbsolutePathBuilder().path(String.valueOf(comment.getId())).build();
    return Response.created(location).entity(DealTeamJson.Comment.of(comment)).build();
  }

  static void page(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
  }
}
