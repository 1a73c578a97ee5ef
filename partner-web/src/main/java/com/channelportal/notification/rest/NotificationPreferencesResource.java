package com.channelportal.notification.rest;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.notification.boundary.Inbox;
import com.channelportal.notification.entity.NotificationKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Which kinds of notification the caller gets no e-mail for. The whole set is replaced at once and
 * belongs to the caller alone, so there is no version to send: two tabs of one person can only
 * overwrite that person's own choice.
 */
@Path("v1/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class NotificationPreferencesResource {

  @Inject CurrentCaller currentCaller;

  @Inject Inbox inbox;

  /**
   * @param kinds the kinds the caller can receive
   * @param emailOff those of them without e-mail; the portal notification always comes
   */
  public record PreferencesJson(List<String> kinds, List<String> emailOff) {}

  public record ChangeJson(@Nullable List<String> emailOff) {}

  @GET
  @Operation(summary = "The kinds of notification the caller receives and those without e-mail")
  public PreferencesJson get() {
    var caller = currentCaller.get();
    return json(inbox.kinds(caller), inbox.emailOff(caller));
  }

  @PUT
  @Operation(
      summary =
          "Replace the kinds the caller gets no e-mail for: {\"emailOff\": [\"SENT_TO_REVIEW\"]};"
              + " only kinds the caller receives")
  public PreferencesJson put(@Nullable ChangeJson change) {
    var body = Versions.required(change);
    if (body.emailOff() == null) {
      throw new InvalidField(
          Inbox.EMAIL_OFF, Inbox.EMAIL_OFF + ".REQUIRED", "emailOff: a list of kinds, maybe empty");
    }
    var kinds = new ArrayList<NotificationKind>();
    for (String name : body.emailOff()) {
      kinds.add(kind(name));
    }
    var caller = currentCaller.get();
    return json(inbox.kinds(caller), inbox.changeEmailOff(caller, kinds));
  }

  private static NotificationKind kind(@Nullable String name) {
    try {
      return NotificationKind.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          Inbox.EMAIL_OFF,
          Inbox.EMAIL_OFF + ".UNKNOWN_KIND",
          "emailOff: no kind of notification is called " + name);
    }
  }

  private static PreferencesJson json(Set<NotificationKind> kinds, Set<NotificationKind> off) {
    return new PreferencesJson(
        kinds.stream().map(Enum::name).toList(), off.stream().map(Enum::name).toList());
  }
}
