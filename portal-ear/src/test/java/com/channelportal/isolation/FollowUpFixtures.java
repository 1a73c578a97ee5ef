package com.channelportal.isolation;

import com.channelportal.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * A deal of each tenant for the timeline's endpoints and the {@code deals/:id} view: a submitted
 * (approved) registration made through the API by the tenant's user, with one shared activity and
 * one file on it. The registration fixture is a draft, which is no deal: it would be "not found"
 * for its own tenant too.
 */
final class FollowUpFixtures {

  static final String ACTIVITIES = "/api/v1/registrations/{id}/activities";
  static final String ATTACHMENTS = "/api/v1/registrations/{id}/attachments";
  static final String EXPORT = ACTIVITIES + "/export";
  static final String DEAL = "/api/v1/registrations/{id}/deal";
  static final String VIEW = "/deals";

  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** The ids one tenant contributes. */
  record Deal(String registrationId, String activityId, String attachmentId) {}

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  FollowUpFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  Deal dealOf(Persona owner) {
    var id = new RegistrationFixtures(portalUrl, bearer).approved(owner, "跟进");
    var activity =
        Json.createObjectBuilder()
            .add("kind", "VISIT")
            .add("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString())
            .add("notes", "矩阵拜访")
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl + "/api/v1/registrations/" + id + "/activities",
            activity.toString(),
            "Authorization",
            "Bearer " + bearer.apply(owner));
    check(created.statusCode(), created.body(), 201, "log a fixture activity as " + owner);
    var activityId = Http.json(created).getJsonNumber("id").longValue();
    var file = upload(owner, id, activityId);
    return new Deal(
        String.valueOf(id),
        String.valueOf(activityId),
        String.valueOf(file.getJsonNumber("id").longValue()));
  }

  private JsonObject upload(Persona owner, long id, long activityId) {
    var url =
        portalUrl
            + "/api/v1/registrations/"
            + id
            + "/activities/"
            + activityId
            + "/attachments?fileName=matrix.pdf";
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + bearer.apply(owner))
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(PDF))
            .build();
    try {
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      check(response.statusCode(), response.body(), 201, "attach a fixture file as " + owner);
      return Http.json(response);
    } catch (IOException e) {
      throw new AssertionError("Could not attach a fixture file", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private static void check(int status, String body, int expected, String what) {
    if (status != expected) {
      throw new AssertionError("Could not " + what + ": " + status + " " + body);
    }
  }
}
