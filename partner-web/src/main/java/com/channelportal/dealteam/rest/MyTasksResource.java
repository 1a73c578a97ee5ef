package com.channelportal.dealteam.rest;

import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.boundary.MyTaskFilter;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/** The caller's own tasks across the deals they may read. */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class MyTasksResource {

  @Inject CurrentCaller currentCaller;

  @Inject DealTasks tasks;

  @GET
  @Operation(
      summary =
          "Tasks assigned to the caller by due day: status open (default) or done (done and"
              + " cancelled); overdue=true for open tasks past their due day in the caller's zone")
  public DealTeamJson.Page<DealTeamJson.Task> mine(
      @QueryParam("status") String status,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    DealTasksResource.page(offset, limit);
    var caller = currentCaller.get();
    var filter = new MyTaskFilter(done(status), overdue);
    var today = tasks.today(caller);
    var items =
        tasks.mine(caller, filter, offset, limit).stream()
            .map(t -> DealTeamJson.Task.of(t, today))
            .toList();
    return new DealTeamJson.Page<>(items, tasks.countMine(caller, filter), offset, limit);
  }

  private static boolean done(@Nullable String status) {
    if (status == null || status.isBlank()) {
      return false;
    }
    switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "open":
        return false;
      case "done":
        return true;
      default:
        throw new BadRequestException("status must be open or done");
    }
  }
}
