package com.channelportal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.realm.RealmTemplates;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timeline API from outside, with real tokens: a partner never receives the brand's internal
 * note, in no list, read or download; another distributor finds nothing; bad input, executables and
 * oversized files are refused with problem+json, never a 500; edits and forecasts need their ETag;
 * the partner's CRM pushes activities with its service account.
 */
@ExtendWith(StackExtension.class)
class DealTimelineApiIT {

  private static final String BRAND_ADMIN = "it.timeline.brandadmin";
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void thePartnerNeverReceivesTheBrandsInternalNoteAndTheBrandDownloadsThePartnersFile() {
    var deal = deal("litai.user");
    var activities = REGISTRATIONS + "/" + deal + "/activities";
    var shared = created(send("POST", activities, token("litai.user"), null, visit("客户认可方案")));
    var internalForm = visit("内部：价格敏感，建议让步").add("visibility", "BRAND_INTERNAL");
    var internal = created(send("POST", activities, token(BRAND_ADMIN), null, internalForm));
    var internalId = internal.getJsonNumber("id").longValue();
    var internalFile =
        upload(
            token(BRAND_ADMIN),
            activities + "/" + internalId + "/attachments?fileName=内部.pdf",
            PDF);
    var partnerFile =
        upload(
            token("litai.user"),
            activities
                + "/"
                + shared.getJsonNumber("id").longValue()
                + "/attachments?fileName=方案.exe",
            PDF);
    assertThat(internalFile.statusCode()).as(internalFile.body()).isEqualTo(201);
    assertThat(partnerFile.statusCode()).as(partnerFile.body()).isEqualTo(201);
    var internalHref = Http.json(internalFile).getString("href");
    var partnerHref = Http.json(partnerFile).getString("href");
    assertThat(Http.json(partnerFile).getString("fileName")).isEqualTo("方案.exe.pdf");

    var partnerList = get(activities, token("litai.user"));
    assertThat(partnerList.statusCode()).isEqualTo(200);
    assertThat(Http.json(partnerList).getInt("total")).isEqualTo(1);
    assertThat(partnerList.body()).doesNotContain("内部", "BRAND_INTERNAL");
    assertThat(Http.json(get(activities, token(BRAND_ADMIN))).getInt("total")).isEqualTo(2);
    assertThat(Http.json(get(activities + "?kind=visit", token("litai.user"))).getInt("total"))
        .isEqualTo(1);
    assertThat(
            Http.json(get(activities + "?author=" + BRAND_ADMIN, token(BRAND_ADMIN)))
                .getInt("total"))
        .isEqualTo(1);
    var hidden = get(activities + "/" + internalId, token("litai.user"));
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertProblem(hidden);
    assertThat(download(internalHref, token("litai.user")).statusCode()).isEqualTo(404);

    var downloaded = download(partnerHref, token(BRAND_ADMIN));
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(PDF);
    // the container adds the WAR's response encoding as a charset, even to a PDF
    assertThat(downloaded.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(downloaded.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''"));
  }

  @Test
  void anotherDistributorFindsNothingOfTheDeal() {
    var deal = deal("litai.user");
    var activities = REGISTRATIONS + "/" + deal + "/activities";
    var activity = created(send("POST", activities, token("litai.user"), null, visit("拜访")));
    var activityPath = activities + "/" + activity.getJsonNumber("id").longValue();
    var file = upload(token("litai.user"), activityPath + "/attachments?fileName=a.pdf", PDF);
    var other = token("huanan.user");

    for (var response :
        List.of(
            get(activities, other),
            get(activityPath, other),
            get(REGISTRATIONS + "/" + deal + "/deal", other),
            send("POST", activities, other, null, visit("x")),
            send("PUT", activityPath, other, "\"0\"", visit("x")),
            send("DELETE", activityPath, other, "\"0\"", null),
            upload(other, activityPath + "/attachments?fileName=b.pdf", PDF))) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
      assertThat(response.body()).doesNotContain("拜访", "litai");
    }
    assertThat(download(Http.json(file).getString("href"), other).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsAProblemWithEveryField() {
    var deal = deal("litai.user");
    var activities = REGISTRATIONS + "/" + deal + "/activities";
    var future =
        Json.createObjectBuilder()
            .add("kind", "CALL")
            .add("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString())
            .add("notes", "坏\u0001数据")
            .add("visibility", "BRAND_INTERNAL");

    var refused = send("POST", activities, token("litai.user"), null, future);
    var unknownKind =
        send("POST", activities, token("litai.user"), null, visit("x").add("kind", "LUNCH"));
    var badFilter = get(activities + "?kind=LUNCH", token("litai.user"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertProblem(refused);
    assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("reason"))
        .containsExactly("occurredAt.FUTURE", "visibility.BRAND_ONLY", "notes.CONTROL_CHARACTER");
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertProblem(unknownKind);
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertProblem(badFilter);
  }

  @Test
  void executablesAndOversizedFilesAreRefusedWithoutAServerError() {
    var deal = deal("litai.user");
    var activities = REGISTRATIONS + "/" + deal + "/activities";
    var activity = created(send("POST", activities, token("litai.user"), null, visit("附件")));
    var attachments = activities + "/" + activity.getJsonNumber("id").longValue() + "/attachments";
    var elf = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    var tooBig = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
    // beyond MariaDB's default packet of 16 MB, within the portal's 20 MB
    var large = Arrays.copyOf(tooBig, 18 * 1024 * 1024);

    var executable = upload(token("litai.user"), attachments + "?fileName=报价.pdf", elf);
    var oversized = upload(token("litai.user"), attachments + "?fileName=big.pdf", tooBig);
    var accepted = upload(token("litai.user"), attachments + "?fileName=large.pdf", large);

    assertThat(executable.statusCode()).as(executable.body()).isEqualTo(400);
    assertProblem(executable);
    assertThat(Http.json(executable).getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo("file.EXECUTABLE");
    assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
    assertProblem(oversized);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(Http.json(accepted).getString("sha256")).isEqualTo(sha256(large));
    var back = download(Http.json(accepted).getString("href"), token(BRAND_ADMIN));
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(sha256(back.body())).isEqualTo(sha256(large));
  }

  @Test
  void editsAndForecastsNeedTheirEtag() {
    var deal = deal("litai.user");
    var activities = REGISTRATIONS + "/" + deal + "/activities";
    var created = send("POST", activities, token("litai.user"), null, visit("初次拜访"));
    var path = created.headers().firstValue("Location").orElseThrow();
    path = path.substring(path.indexOf(REGISTRATIONS));
    var etag = etag(created);

    var blind = send("PUT", path, token("litai.user"), null, visit("改"));
    var edited = send("PUT", path, token("litai.user"), etag, visit("初次拜访，预算已确认"));
    var stale = send("PUT", path, token("litai.user"), etag, visit("另一个版本"));
    var notAuthor = send("PUT", path, token(BRAND_ADMIN), etag(edited), visit("品牌改"));

    assertThat(blind.statusCode()).isEqualTo(428);
    assertProblem(blind);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertProblem(stale);
    assertThat(notAuthor.statusCode()).isEqualTo(403);

    var dealPath = REGISTRATIONS + "/" + deal + "/deal";
    var current = get(dealPath, token("litai.user"));
    assertThat(Http.json(current).getBoolean("inactive")).isFalse();
    var forecast =
        Json.createObjectBuilder()
            .add("stage", "NEGOTIATION")
            .add("estimatedAmount", "990000.00")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(1).toString())
            .add("winProbability", 80);
    var changed = send("PUT", dealPath, token("litai.user"), etag(current), forecast);
    var again = send("PUT", dealPath, token("litai.user"), etag(current), forecast);
    var byBrand = send("PUT", dealPath, token(BRAND_ADMIN), etag(changed), forecast);

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).getString("stage")).isEqualTo("NEGOTIATION");
    assertThat(again.statusCode()).isEqualTo(412);
    assertThat(byBrand.statusCode()).isEqualTo(403);
    var latest = Http.json(get(activities + "?limit=1", token("litai.user")));
    var entry = latest.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("kind")).isEqualTo("DEAL_UPDATE");
    assertThat(entry.getString("notes")).contains("stage: QUALIFICATION → NEGOTIATION");

    var deleted = send("DELETE", path, token("litai.user"), etag(edited), null);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(get(path, token("litai.user")).statusCode()).isEqualTo(404);
  }

  @Test
  void thePartnersCrmPushesActivitiesWithItsServiceAccount() {
    var deal = deal("litai.user");
    var crm = crmToken();

    var pushed =
        send("POST", REGISTRATIONS + "/" + deal + "/activities", crm, null, visit("CRM 同步"));

    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
    assertThat(Http.json(pushed).getString("authorUsername"))
        .isEqualTo("service-account-litai-crm");
    assertThat(Http.json(pushed).getString("authorSide")).isEqualTo("PARTNER");
  }

  private static long deal(String user) {
    var created = send("POST", REGISTRATIONS, token(user), null, registration());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        send("POST", REGISTRATIONS + "/" + id + "/submission", token(user), etag(created), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(Http.json(submitted).getString("status")).isEqualTo("APPROVED");
    return id;
  }

  private static JsonObjectBuilder registration() {
    var digits = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    return Json.createObjectBuilder()
        .add(
            "customer",
            Json.createObjectBuilder()
                .add("name", "跟进" + digits + "精密仪器有限公司")
                .add("uscc", TestCompanies.randomUscc())
                .add("province", "广东省")
                .add("city", "深圳"))
        .add("contactName", "陈经理")
        .add("contactPhone", "0755-8888 6666")
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("product", "伺服电机 SM-200").add("quantity", 12)))
        .add("estimatedAmount", "1250000.00")
        .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
        .add("winProbability", 60)
        .add("stage", "QUALIFICATION");
  }

  private static JsonObjectBuilder visit(String notes) {
    return Json.createObjectBuilder()
        .add("kind", "VISIT")
        .add("occurredAt", OffsetDateTime.now(BRAND_ZONE).minusHours(3).toString())
        .add("participants", Json.createArrayBuilder().add("王伟").add("陈经理"))
        .add("customerContacts", Json.createArrayBuilder().add("李总"))
        .add("notes", notes)
        .add("nextStep", "下周演示");
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response);
  }

  private static String token(String user) {
    return client.accessToken(user);
  }

  private static String crmToken() {
    var values = RealmTemplates.demoValues(stack.portalUrl(), stack.keycloakUrl());
    var response =
        Http.postForm(
            stack.keycloakUrl() + "/realms/partners/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", "litai-crm",
                "client_secret", values.get(RealmTemplates.LITAI_CRM_SECRET)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("access_token");
  }

  private static HttpResponse<String> send(
      String method, String path, String token, String ifMatch, JsonObjectBuilder body) {
    var headers =
        ifMatch == null
            ? List.of("Authorization", "Bearer " + token)
            : List.of("Authorization", "Bearer " + token, "If-Match", ifMatch);
    var json = body == null ? null : body.build().toString();
    return Http.request(method, stack.portalUrl() + path, json, headers.toArray(String[]::new));
  }

  private static HttpResponse<String> get(String path, String token) {
    return Http.get(stack.portalUrl() + path, "Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> upload(String token, String path, byte[] content) {
    var request =
        HttpRequest.newBuilder(URI.create(stack.portalUrl() + encodePath(path)))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return sendRaw(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> download(String href, String token) {
    var request =
        HttpRequest.newBuilder(URI.create(stack.portalUrl() + href))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return sendRaw(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> sendRaw(
      HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new AssertionError("HTTP failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Query values may be Chinese file names. */
  private static String encodePath(String path) {
    var query = path.indexOf("fileName=");
    if (query < 0) {
      return path;
    }
    var name = path.substring(query + "fileName=".length());
    return path.substring(0, query)
        + "fileName="
        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
