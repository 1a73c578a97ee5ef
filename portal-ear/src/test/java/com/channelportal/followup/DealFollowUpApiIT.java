package com.channelportal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.dealteam.DealTeamApi;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up API's later parts from outside, with real tokens: the inactive flag and filter of
 * registrations, the one-request create of an activity with its files (all or nothing), and the
 * timeline's CSV export, which holds what the caller's timeline shows and nothing more.
 */
@ExtendWith(StackExtension.class)
class DealFollowUpApiIT {

  private static final String BRAND_ADMIN = "it.followapi.brandadmin";
  private static final String MANAGER = "it.followapi.manager";
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static PortalStack stack;
  private static TestClient client;
  private static DealTeamApi api;
  private static Runnable restoreManager;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    admin.ensureUser(MANAGER, stack.demoPassword(), "brand", "channel-manager");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    api = new DealTeamApi(stack);
    restoreManager = api.assignChannelManager("litai", MANAGER, BRAND_ADMIN);
  }

  @AfterAll
  static void restore() {
    if (restoreManager != null) {
      restoreManager.run();
    }
  }

  @Test
  void aDealQuietForLongerThanTheSettingIsInactiveForBothSidesAndFoundByTheFilter()
      throws SQLException {
    var quiet = api.deal("litai.user");
    var lively = api.deal("litai.user");
    var fresh = api.deal("litai.user");
    approvedDaysAgo(40, quiet, lively);
    created(post(quiet + "/activities", "litai.user", visit("老客户拜访", 35)));
    created(post(lively + "/activities", "litai.user", visit("近期拜访", 2)));

    for (var user : List.of("litai.user", BRAND_ADMIN, MANAGER)) {
      var read = Http.json(ok(get(quiet, user)));
      assertThat(read.getBoolean("inactive")).as(user).isTrue();
      assertThat(read.getString("lastActivityAt")).as(user).isNotBlank();
      assertThat(Http.json(ok(get(lively, user))).getBoolean("inactive")).as(user).isFalse();
      var unread = Http.json(ok(get(fresh, user)));
      assertThat(unread.getBoolean("inactive")).as(user).isFalse();
      assertThat(unread.getString("lastActivityAt", null)).as(user).isNull();

      assertThat(inactiveMatching(quiet, user)).as(user).isEqualTo(1);
      assertThat(inactiveMatching(lively, user)).as(user).isZero();
      assertThat(inactiveMatching(fresh, user)).as(user).isZero();
    }
    var listed = Http.json(ok(get(REGISTRATIONS + "?q=" + number(quiet), "litai.user")));
    assertThat(listed.getJsonArray("items").getJsonObject(0).getBoolean("inactive")).isTrue();
    assertThat(inactiveMatching(quiet, "huanan.user")).isZero();
  }

  @Test
  void oneRequestCreatesTheActivityWithAllItsFiles() {
    var deal = api.deal("litai.user");
    var body =
        new Multipart()
            .json("activity", visit("带着报价和照片拜访", 0).build().toString())
            .file("file", "报价单.pdf", PDF)
            .file("file", "现场.png", PNG);

    var created = created(multipart(deal + "/activities", "litai.user", body));

    assertThat(created.getString("notes")).isEqualTo("带着报价和照片拜访");
    assertThat(created.getJsonArray("attachments").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("fileName"))
        .containsExactly("报价单.pdf", "现场.png");
    var listed = Http.json(ok(get(deal + "/activities", "litai.user")));
    assertThat(listed.getInt("total")).isEqualTo(1);
    assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonArray("attachments"))
        .hasSize(2);
  }

  @Test
  void aRefusedFileLeavesNoActivityBehind() {
    var deal = api.deal("litai.user");
    var renamed =
        new Multipart()
            .json("activity", visit("附带可执行文件", 0).build().toString())
            .file("file", "报价单.pdf", PDF)
            .file("file", "合同.pdf", ELF);
    var tooBig = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
    var oversized =
        new Multipart()
            .json("activity", visit("大文件", 0).build().toString())
            .file("file", "big.pdf", tooBig);
    var withoutActivity = new Multipart().file("file", "报价单.pdf", PDF);

    var executable = multipart(deal + "/activities", "litai.user", renamed);
    var large = multipart(deal + "/activities", "litai.user", oversized);
    var incomplete = multipart(deal + "/activities", "litai.user", withoutActivity);

    assertThat(executable.statusCode()).as(executable.body()).isEqualTo(400);
    assertProblem(executable);
    assertThat(Http.json(executable).getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo("file.EXECUTABLE");
    assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
    assertProblem(large);
    assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(400);
    assertProblem(incomplete);
    assertThat(Http.json(ok(get(deal + "/activities", "litai.user"))).getInt("total")).isZero();
  }

  @Test
  void anotherDistributorCannotPostFilesToTheDeal() {
    var deal = api.deal("litai.user");
    var body =
        new Multipart()
            .json("activity", visit("越权", 0).build().toString())
            .file("file", "a.pdf", PDF);

    var refused = multipart(deal + "/activities", "huanan.user", body);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    assertProblem(refused);
    assertThat(Http.json(ok(get(deal + "/activities", "litai.user"))).getInt("total")).isZero();
  }

  @Test
  void theExportHoldsWhatTheCallersTimelineShows() {
    var deal = api.deal("litai.user");
    var shared =
        new Multipart()
            .json("activity", visit("=HYPERLINK(\"http://x\"),客户认可方案", 1).build().toString())
            .file("file", "方案.pdf", PDF);
    created(multipart(deal + "/activities", "litai.user", shared));
    var internal = visit("内部：价格敏感", 1).add("kind", "NOTE").add("visibility", "BRAND_INTERNAL");
    created(post(deal + "/activities", MANAGER, internal));

    var partners = get(deal + "/activities/export", "litai.user");
    var managers = get(deal + "/activities/export", MANAGER);
    var others = get(deal + "/activities/export", "huanan.user");

    assertThat(partners.statusCode()).as(partners.body()).isEqualTo(200);
    assertThat(partners.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(partners.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains(".csv"));
    assertThat(partners.body())
        .startsWith("\uFEFFoccurred,kind,author,side,visibility,")
        .contains("\"'=HYPERLINK(\"\"http://x\"\"),客户认可方案\"", "方案.pdf", "王伟; 陈经理")
        .doesNotContain("内部", "BRAND_INTERNAL");
    assertThat(partners.body().split("\r\n")).hasSize(2);
    assertThat(managers.statusCode()).as(managers.body()).isEqualTo(200);
    assertThat(managers.body()).contains("内部：价格敏感", "BRAND_INTERNAL", "方案.pdf");
    assertThat(managers.body().split("\r\n")).hasSize(3);
    assertThat(others.statusCode()).isEqualTo(404);
    assertProblem(others);
    assertThat(others.body()).doesNotContain("客户认可方案");
  }

  @Test
  void theCreateIsDocumentedWithBothOfItsBodiesInOneOperation() {
    var openApi =
        Http.json(ok(Http.get(stack.portalUrl() + "/openapi", "Accept", "application/json")));

    var create =
        openApi
            .getJsonObject("paths")
            .getJsonObject(REGISTRATIONS + "/{id}/activities")
            .getJsonObject("post");

    assertThat(create.getJsonObject("requestBody").getJsonObject("content").keySet())
        .containsAnyOf("application/json", "multipart/form-data");
    assertThat(create.getString("summary")).contains("multipart/form-data", "application/json");
  }

  private static long inactiveMatching(String deal, String user) {
    var query = "?inactive=true&q=" + URLEncoder.encode(number(deal), StandardCharsets.UTF_8);
    return Http.json(ok(get(REGISTRATIONS + query, user))).getJsonNumber("total").longValue();
  }

  private static String number(String deal) {
    return Http.json(ok(get(deal, "litai.user"))).getString("number");
  }

  /** Moves the deals' approval back: the portal's own API never writes the past. */
  private static void approvedDaysAgo(int days, String... deals) throws SQLException {
    try (var db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var update =
            db.prepareStatement(
                "UPDATE deal_registration SET decided_at = decided_at - INTERVAL ? DAY"
                    + " WHERE id = ?")) {
      for (var deal : deals) {
        update.setInt(1, days);
        update.setLong(2, DealTeamApi.idOf(deal));
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }
  }

  private static JsonObjectBuilder visit(String notes, int daysAgo) {
    return Json.createObjectBuilder()
        .add("kind", "VISIT")
        .add(
            "occurredAt",
            OffsetDateTime.now(BRAND_ZONE).minusDays(daysAgo).minusHours(1).toString())
        .add("participants", Json.createArrayBuilder().add("王伟").add("陈经理"))
        .add("customerContacts", Json.createArrayBuilder().add("李总"))
        .add("notes", notes);
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response);
  }

  private static HttpResponse<String> get(String path, String user) {
    return Http.get(stack.portalUrl() + path, "Authorization", "Bearer " + token(user));
  }

  private static HttpResponse<String> post(String path, String user, JsonObjectBuilder body) {
    return Http.request(
        "POST",
        stack.portalUrl() + path,
        body.build().toString(),
        "Authorization",
        "Bearer " + token(user));
  }

  private static HttpResponse<String> multipart(String path, String user, Multipart body) {
    var request =
        HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token(user))
            .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String token(String user) {
    return client.accessToken(user);
  }

  private static void assertProblem(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  /** A multipart/form-data body as a client library would send it (RFC 7578). */
  private static final class Multipart {

    final String boundary = "----it" + ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart json(String name, String json) {
      part(
          "Content-Disposition: form-data; name=\""
              + name
              + "\"\r\n"
              + "Content-Type: application/json; charset=UTF-8\r\n",
          json.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Multipart file(String name, String fileName, byte[] content) {
      part(
          "Content-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n",
          content);
      return this;
    }

    byte[] bytes() {
      var body = new ByteArrayOutputStream();
      body.writeBytes(out.toByteArray());
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return body.toByteArray();
    }

    private void part(String headers, byte[] content) {
      out.writeBytes(
          ("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
