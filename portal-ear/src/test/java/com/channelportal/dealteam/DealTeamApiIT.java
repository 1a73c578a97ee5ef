package com.channelportal.dealteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deal team and tasks from outside, with real tokens: the partner's channel manager gives the
 * submitter a task, who finds it among their tasks and in their notifications; a mention in a
 * comment tells the person mentioned and a mention of another distributor's user is refused; the
 * other distributor gets "not found" for everything of the deal; bad input is a problem, never an
 * error; and of two changes from the same version the second gets 412.
 */
@ExtendWith(StackExtension.class)
class DealTeamApiIT {

  static final String MANAGER = "it.dealteam.manager";
  static final String BRAND_ADMIN = "it.dealteam.brandadmin";
  private static final long WAIT_MS = 60_000;

  private static DealTeamApi api;
  private static Runnable restoreManager;

  @BeforeAll
  static void personas() {
    var stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(MANAGER, stack.demoPassword(), "brand", "channel-manager");
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    api = new DealTeamApi(stack);
    restoreManager = api.assignChannelManager("huanan", MANAGER, BRAND_ADMIN);
  }

  @AfterAll
  static void restore() {
    if (restoreManager != null) {
      restoreManager.run();
    }
  }

  @Test
  void theManagerGivesThePartnerATaskThatTheyFindAndAreToldOf() throws Exception {
    var deal = deal("huanan.user");

    var team = Http.jsonArray(ok(send("GET", deal + "/team", MANAGER, null)));
    assertThat(team.toString()).contains("\"username\":\"huanan.user\"", "PARTNER_REP");
    var joined = send("POST", deal + "/team", MANAGER, member(MANAGER, "CHANNEL_MANAGER"));
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);

    var title = "提交客户盖章的报价单 " + ThreadLocalRandom.current().nextInt(100_000);
    var created = send("POST", deal + "/tasks", MANAGER, task(title, "huanan.user", 3));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var taskId = Http.json(created).getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("ETag"))
        .contains("\"" + Http.json(created).getJsonNumber("version").longValue() + "\"");

    var mine = Http.json(ok(send("GET", "/api/v1/tasks?limit=100", "huanan.user", null)));
    assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            t -> {
              assertThat(t.getJsonNumber("id").longValue()).isEqualTo(taskId);
              assertThat(t.getBoolean("overdue")).isFalse();
              assertThat(t.getString("status")).isEqualTo("OPEN");
            });
    var told =
        await(
            "huanan.user",
            n ->
                n.getString("kind").equals("TASK_ASSIGNED")
                    && n.getJsonObject("params").getString("item", "").equals(title));
    assertThat(told.getJsonNumber("subjectId").longValue()).isEqualTo(idOf(deal));
    assertThat(told.toString()).doesNotContain("华南电气有限公司");
  }

  @Test
  void aMentionTellsThePersonAndAMentionOfAnOutsiderIsRefused() throws Exception {
    var deal = deal("huanan.user");
    var taskId = createdTask(deal, "huanan.user", "核对交货期", "huanan.user", 5);
    var comments = deal + "/tasks/" + taskId + "/comments";

    var refused = send("POST", comments, "huanan.user", comment("请@litai.user 也看看"));
    assertProblem(refused, 400, "mention.NOT_VISIBLE");
    var unknown = send("POST", comments, "huanan.user", comment("@no.such.person 你好"));
    assertProblem(unknown, 400, "mention.UNKNOWN");
    assertThat(Http.jsonArray(ok(send("GET", comments, "huanan.user", null)))).isEmpty();

    var text = "请@" + MANAGER + "确认交货期，邮件抄送 sales@huanan.example " + System.nanoTime();
    var posted = send("POST", comments, "huanan.user", comment(text));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    var mention =
        await(
            MANAGER,
            n ->
                n.getString("kind").equals("MENTIONED")
                    && n.getJsonNumber("subjectId").longValue() == idOf(deal));
    assertThat(mention.getJsonObject("params").getString("item")).startsWith("请@" + MANAGER);
    assertThat(Http.jsonArray(ok(send("GET", comments, MANAGER, null))).toString())
        .contains("huanan.user");
  }

  @Test
  void anotherDistributorFindsNothingOfTheDeal() {
    var deal = deal("huanan.user");
    var taskId = createdTask(deal, "huanan.user", "准备演示", "huanan.user", 4);
    var task = deal + "/tasks/" + taskId;
    var memberId =
        Http.jsonArray(ok(send("GET", deal + "/team", "huanan.user", null)))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    for (var call :
        List.of(
            send("GET", deal + "/team", "litai.user", null),
            send("POST", deal + "/team", "litai.admin", member("litai.user", "PARTNER_REP")),
            send("DELETE", deal + "/team/" + memberId, "litai.admin", null),
            send("GET", deal + "/tasks", "litai.user", null),
            send("POST", deal + "/tasks", "litai.user", task("偷看", "litai.user", 1)),
            send("GET", task, "litai.user", null),
            sendIfMatch("PATCH", task, "litai.user", "{\"status\":\"DONE\"}", "\"0\""),
            send("PATCH", task, "litai.user", "{\"status\":\"DONE\"}"),
            send("GET", task + "/comments", "litai.user", null),
            send("POST", task + "/comments", "litai.user", comment("hello")))) {
      assertProblem(call, 404, null);
      assertThat(call.body()).doesNotContain("准备演示", "huanan.user");
    }
    var theirs = Http.json(ok(send("GET", "/api/v1/tasks?limit=100", "litai.user", null)));
    assertThat(theirs.toString()).doesNotContain("准备演示");
  }

  @Test
  void badInputIsAProblemWithItsFields() {
    var deal = deal("huanan.user");
    var empty = send("POST", deal + "/tasks", "huanan.user", "{}");
    assertProblem(empty, 400, "title.REQUIRED");
    assertThat(empty.body()).contains("assignee.REQUIRED", "dueDate.REQUIRED");
    assertProblem(
        send("POST", deal + "/tasks", "huanan.user", task("报价", MANAGER + ".nobody", 2)),
        400,
        "assignee.NOT_ON_TEAM");
    assertProblem(
        send(
            "POST",
            deal + "/tasks",
            "huanan.user",
            "{\"title\":\"报价\",\"assignee\":\"huanan.user\",\"dueDate\":\"2026-02-30\"}"),
        400,
        null);
    assertProblem(
        send("POST", deal + "/team", "huanan.user", member("huanan.admin", "PRESALES")),
        400,
        "role.WRONG_SIDE");
    assertProblem(
        send("POST", deal + "/team", "huanan.user", member(MANAGER, "PARTNER_REP")),
        400,
        "username.WRONG_SIDE");
    assertProblem(
        send("POST", deal + "/team", "huanan.user", member("litai.user", "PARTNER_REP")),
        400,
        "username.WRONG_SIDE");
    assertProblem(
        send("POST", deal + "/team", MANAGER, member("nobody.at.all", "PRESALES")),
        400,
        "username.UNKNOWN");
    assertProblem(
        send("POST", deal + "/team", "huanan.user", "{\"username\":\"x\",\"role\":\"BOSS\"}"),
        400,
        null);
    var taskId = createdTask(deal, "huanan.user", "签合同", "huanan.user", 6);
    assertProblem(
        send("PATCH", deal + "/tasks/" + taskId, "huanan.user", "{\"status\":\"DONE\"}"),
        428,
        null);
    assertProblem(
        sendIfMatch(
            "PATCH",
            deal + "/tasks/" + taskId,
            "huanan.user",
            "{\"title\":\" \"}",
            etag(deal, taskId)),
        400,
        "title.REQUIRED");
    assertProblem(send("GET", "/api/v1/tasks?status=later", "huanan.user", null), 400, null);
    var submitter =
        Http.jsonArray(ok(send("GET", deal + "/team", "huanan.user", null)))
            .getJsonObject(0)
            .getJsonNumber("id");
    var keep = send("DELETE", deal + "/team/" + submitter, MANAGER, null);
    assertProblem(keep, 409, null);
    assertThat(keep.body()).contains("\"code\":\"team.SUBMITTER_STAYS\"");
  }

  @Test
  void ofTwoChangesFromTheSameVersionTheSecondIsStale() {
    var deal = deal("huanan.user");
    var taskId = createdTask(deal, MANAGER, "安排技术交流", "huanan.user", 2);
    var path = deal + "/tasks/" + taskId;
    var read = etag(deal, taskId);
    var done = sendIfMatch("PATCH", path, "huanan.user", "{\"status\":\"DONE\"}", read);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    var current = done.headers().firstValue("ETag").orElseThrow();
    assertThat(current).isNotEqualTo(read);
    var stale =
        sendIfMatch("PATCH", path, MANAGER, "{\"dueDate\":\"" + LocalDate.now() + "\"}", read);
    assertProblem(stale, 412, null);
    assertThat(stale.headers().firstValue("ETag")).contains(current);
    var reopened = sendIfMatch("PATCH", path, MANAGER, "{\"status\":\"OPEN\"}", current);
    assertThat(Http.json(reopened).getString("status")).isEqualTo("OPEN");
    var doneList = Http.json(ok(send("GET", "/api/v1/tasks?status=done", "huanan.user", null)));
    assertThat(doneList.toString()).doesNotContain("\"id\":" + taskId + ",");
  }

  /** The task's current ETag, as a client reads it before a change. */
  static String etag(String deal, long taskId) {
    var read = send("GET", deal + "/tasks/" + taskId, "huanan.user", null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return read.headers().firstValue("ETag").orElseThrow();
  }

  static long createdTask(String deal, String by, String title, String assignee, int inDays) {
    var created = send("POST", deal + "/tasks", by, task(title, assignee, inDays));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).getJsonNumber("id").longValue();
  }

  static String task(String title, String assignee, int inDays) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("assignee", assignee)
        .add("dueDate", LocalDate.now().plusDays(inDays).toString())
        .build()
        .toString();
  }

  static String member(String username, String role) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("role", role)
        .build()
        .toString();
  }

  static String comment(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
  }

  static String deal(String username) {
    return api.deal(username);
  }

  static long idOf(String deal) {
    return DealTeamApi.idOf(deal);
  }

  static HttpResponse<String> send(String method, String path, String user, String body) {
    return api.send(method, path, user, body);
  }

  static HttpResponse<String> sendIfMatch(
      String method, String path, String user, String body, String ifMatch) {
    return api.sendIfMatch(method, path, user, body, ifMatch);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    if (reason != null) {
      assertThat(response.body()).contains("\"reason\":\"" + reason + "\"", reason);
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  /** The recipient's notification that matches, waiting for the dispatch after commit. */
  static JsonObject await(String username, Predicate<JsonObject> wanted)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      var response = send("GET", "/api/v1/notifications?limit=100", username, null);
      var found =
          Http.json(ok(response)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(wanted)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No such notification for " + username + " within " + WAIT_MS + " ms");
  }
}
