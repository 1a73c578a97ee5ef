package com.channelportal.isolation;

import com.channelportal.support.Http;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A notification of each partner persona, for {@code /api/v1/notifications/{id}}: the registration
 * fixtures' submissions notify their submitters and the companies' admins, a moment after commit. A
 * notification is one person's, so each is a target only its owner may reach.
 */
final class NotificationFixtures {

  static final String NOTIFICATIONS = "/api/v1/notifications";

  private static final long WAIT_MS = 60_000;

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  NotificationFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  Map<Persona, String> ownedBy(Persona... owners) {
    var ids = new LinkedHashMap<Persona, String>();
    for (Persona owner : owners) {
      ids.put(owner, newestOf(owner));
    }
    return ids;
  }

  private String newestOf(Persona owner) {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      var response =
          Http.get(
              portalUrl + NOTIFICATIONS + "?limit=1",
              "Authorization",
              "Bearer " + bearer.apply(owner));
      if (response.statusCode() != 200) {
        throw new AssertionError("List notifications as " + owner + ": " + response.body());
      }
      var items = Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
      if (!items.isEmpty()) {
        return String.valueOf(items.get(0).getJsonNumber("id").longValue());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("No notification for " + owner + " within " + WAIT_MS + " ms");
  }
}
