package com.channelportal.notification.rest;

import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.notification.boundary.Inbox;
import com.channelportal.notification.control.Languages;
import com.channelportal.settings.boundary.UserSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's notifications, newest first, and marking them read. */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class NotificationsResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject Inbox inbox;

  @Inject UserSettings userSettings;

  public record Page(
      List<NotificationJson> items, long total, long unread, int offset, int limit) {}

  public record Marked(int marked) {}

  @GET
  @Operation(
      summary =
          "The caller's notifications, newest first, paged; unread=true for the unread ones only;"
              + " title in the caller's portal language, times UTC ISO-8601")
  public Page list(
      @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var caller = currentCaller.get();
    var language = language();
    var items =
        inbox.list(caller, unreadOnly, offset, limit).stream()
            .map(n -> NotificationJson.of(n, language))
            .toList();
    return new Page(
        items, inbox.count(caller, unreadOnly), inbox.count(caller, true), offset, limit);
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of the caller's notifications read (again: no change)")
  public NotificationJson markRead(@PathParam("id") long id) {
    return NotificationJson.of(inbox.markRead(currentCaller.get(), id), language());
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all of the caller's notifications read; answers how many were unread")
  public Marked markAllRead() {
    return new Marked(inbox.markAllRead(currentCaller.get()));
  }

  private Locale language() {
    return Languages.pick(userSettings.languageOf(currentCaller.get()).orElse(null), null);
  }
}
