package com.channelportal.isolation;

import com.channelportal.support.Http;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A deal of each tenant for the matrix, with a task and a second team member, made through the API
 * by the tenant's user: a registration approved automatically, its admin put on the team, and a
 * task for the submitter. No valid write is sent: a new member or task without fields answers 400
 * to whoever may write and "not found" to everyone else; a change without If-Match answers 428.
 * Taking the admin off the team succeeds for the first permitted persona and is a no-op (204) for
 * the others.
 */
final class DealTeamFixtures {

  static final String TEAM = RegistrationFixtures.REGISTRATIONS + "/{id}/team";
  static final String TASKS = RegistrationFixtures.REGISTRATIONS + "/{id}/tasks";
  static final String VIEW = "/deals/:id/team";

  /** The ids one tenant contributes. */
  record Deal(String id, String taskId, String memberId) {}

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  DealTeamFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  Deal of(Persona owner, String colleague) {
    var id = new RegistrationFixtures(portalUrl, bearer).approved(owner, "团队");
    var deal = RegistrationFixtures.REGISTRATIONS + "/" + id;
    var member =
        send(
            "POST",
            deal + "/team",
            owner,
            Json.createObjectBuilder()
                .add("username", colleague)
                .add("role", "PARTNER_REP")
                .build()
                .toString());
    check(member, 201, "put " + colleague + " on the team as " + owner);
    var task =
        send(
            "POST",
            deal + "/tasks",
            owner,
            Json.createObjectBuilder()
                .add("title", "矩阵测试：准备报价单")
                .add("assignee", owner.username())
                .add("dueDate", LocalDate.now().plusDays(7).toString())
                .build()
                .toString());
    check(task, 201, "create a task as " + owner);
    return new Deal(
        String.valueOf(id),
        String.valueOf(Http.json(task).getJsonNumber("id").longValue()),
        String.valueOf(Http.json(member).getJsonNumber("id").longValue()));
  }

  private HttpResponse<String> send(String method, String path, Persona who, String body) {
    return Http.request(
        method, portalUrl + path, body, "Authorization", "Bearer " + bearer.apply(who));
  }

  private static void check(HttpResponse<String> response, int expected, String what) {
    if (response.statusCode() != expected) {
      throw new AssertionError(
          "Could not " + what + ": " + response.statusCode() + " " + response.body());
    }
  }
}
