package com.channelportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer confirmation end to end: the partner asks through the API, the e-mail arrives in the
 * stack's mail sink, its link opens the public page, the answer is recorded with time and client
 * address; the link then works no more. Expired, forged and malformed links, other tenants and the
 * sending limit are refused.
 */
@ExtendWith(StackExtension.class)
class CustomerConfirmationIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/confirm/[A-Za-z0-9_-]+");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");
  private static final HttpClient BROWSER =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static PortalStack stack;
  private static EvidenceApi api;

  @BeforeAll
  static void setUp() {
    stack = StackExtension.stack();
    api = new EvidenceApi(stack);
  }

  @Test
  void theCustomerConfirmsOnceThroughTheLinkAndTheAnswerIsRecorded() throws Exception {
    var customer = EvidenceApi.uniqueCustomer("确认");
    var id = api.submitted("litai.user", customer).getJsonNumber("id").longValue();
    var address = uniqueAddress();

    var sent = ask(id, "litai.user", address, "zh-CN");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(Http.json(sent).getString("state")).isEqualTo("OPEN");

    var mail = stack.mailSink().awaitMessageTo(address, 30_000);
    assertThat(mail.getSubject()).contains("请确认").contains("深圳利泰机电");
    var link = link(mail);
    assertThat(MailSink.firstLink(mail)).as("the link as the run's log shows it").isEqualTo(link);
    assertThat(link).startsWith(stack.portalUrl() + "/confirm/");
    assertThat(sent.body()).doesNotContain(link.substring(link.lastIndexOf('/') + 1));

    var question = browse("GET", link, null, null);
    assertThat(question.statusCode()).isEqualTo(200);
    assertThat(question.body()).contains("confirm-question").contains(customer);
    assertThat(question.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(question.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

    var cookie = cookie(question);
    var crossSite =
        browse("POST", link, cookie, Map.of("answer", "CONFIRMED", "csrf", "0".repeat(32)));
    assertThat(crossSite.body()).contains("confirm-banner");
    var answered =
        browse(
            "POST",
            link,
            cookie(crossSite, cookie),
            Map.of("answer", "CONFIRMED", "comment", "是的，正在合作", "csrf", csrf(crossSite)));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body()).contains("confirm-message");

    var recorded = Http.jsonArray(api.get(path(id), "litai.user")).getJsonObject(0);
    assertThat(recorded.getString("state")).isEqualTo("CONFIRMED");
    assertThat(recorded.getString("comment")).isEqualTo("是的，正在合作");
    assertThat(recorded.getString("clientAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(recorded.getString("answeredAt")).endsWith("Z");
    var seenByBrand = api.get(path(id), EvidenceApi.BRAND_ADMIN);
    assertThat(seenByBrand.statusCode()).isEqualTo(200);
    assertThat(Http.jsonArray(seenByBrand).getJsonObject(0).getString("state"))
        .isEqualTo("CONFIRMED");

    var reused = browse("GET", link, null, null);
    assertThat(reused.statusCode()).isEqualTo(410);
    assertThat(reused.body()).contains("confirm-message").doesNotContain(customer);
    var second = browse("GET", link, null, null);
    var again = browse("POST", link, cookie(second, null), Map.of("answer", "DENIED", "csrf", "x"));
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(Http.jsonArray(api.get(path(id), "litai.user")).getJsonObject(0).getString("state"))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void expiredForgedAndMalformedLinksAreRefused() throws Exception {
    var id =
        api.submitted("huanan.user", EvidenceApi.uniqueCustomer("过期"))
            .getJsonNumber("id")
            .longValue();
    var address = uniqueAddress();
    var sent = ask(id, "huanan.user", address, "en");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    var link = link(stack.mailSink().awaitMessageTo(address, 30_000));
    assertThat(browse("GET", link, null, null).statusCode()).isEqualTo(200);

    try (var db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var update =
            db.prepareStatement(
                "UPDATE customer_confirmation SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR"
                    + " WHERE id = ?")) {
      update.setLong(1, Http.json(sent).getJsonNumber("id").longValue());
      assertThat(update.executeUpdate()).isOne();
    }
    var expired = browse("GET", link, null, null);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("expired");

    var token = link.substring(link.lastIndexOf('/') + 1);
    var forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    var base = stack.portalUrl() + "/confirm/";
    var unknown = browse("GET", base + forged, null, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    for (var other : new String[] {"A".repeat(43), "abc", "%27%20or%201%3D1"}) {
      var answer = browse("GET", base + other, null, null);
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(unknown.body());
    }
    var posted = browse("POST", base + forged, null, Map.of("answer", "CONFIRMED"));
    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(posted.body()).isEqualTo(unknown.body());
  }

  @Test
  void onlyTheRegistrationsPartnerAsksAndBadInputIsRefused() {
    var id =
        api.submitted("litai.user", EvidenceApi.uniqueCustomer("租户"))
            .getJsonNumber("id")
            .longValue();

    var otherTenant = ask(id, "huanan.user", uniqueAddress(), "zh-CN");
    assertThat(otherTenant.statusCode()).isEqualTo(404);
    EvidenceApi.assertProblem(otherTenant);
    assertThat(api.get(path(id), "huanan.user").statusCode()).isEqualTo(404);
    var brand = ask(id, EvidenceApi.BRAND_ADMIN, uniqueAddress(), "zh-CN");
    assertThat(brand.statusCode()).isEqualTo(403);
    EvidenceApi.assertProblem(brand);

    var bad =
        api.send(
            "POST",
            path(id),
            "litai.user",
            Json.createObjectBuilder()
                .add("email", "kein-address")
                .add("language", "fr")
                .build()
                .toString());
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    EvidenceApi.assertProblem(bad);
    assertThat(Http.json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("reason"))
        .containsExactlyInAnyOrder("email.FORMAT", "language.UNSUPPORTED");
  }

  @Test
  void atMostThreeRequestsPerRegistrationAreOpen() {
    var id =
        api.submitted("litai.user", EvidenceApi.uniqueCustomer("限额"))
            .getJsonNumber("id")
            .longValue();
    for (int i = 0; i < 3; i++) {
      var sent = ask(id, "litai.user", uniqueAddress(), "zh-CN");
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    }

    var refused = ask(id, "litai.user", uniqueAddress(), "zh-CN");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
    EvidenceApi.assertProblem(refused);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
  }

  /** The link as a mail client shows it: from the decoded text. */
  private static String link(MimeMessage mail) throws Exception {
    var matcher = LINK.matcher((String) mail.getContent());
    assertThat(matcher.find()).as("a confirmation link in the e-mail").isTrue();
    return matcher.group();
  }

  private static HttpResponse<String> ask(long id, String user, String email, String language) {
    var body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("name", "王总")
            .add("language", language)
            .build();
    return api.send("POST", path(id), user, body.toString());
  }

  private static String path(long id) {
    return EvidenceApi.REGISTRATIONS + "/" + id + "/confirmations";
  }

  private static String uniqueAddress() {
    return "wang" + ThreadLocalRandom.current().nextInt(1_000_000) + "@customer.example";
  }

  /** A browser without JavaScript: a GET or a form POST, with the session cookie if given. */
  private static HttpResponse<String> browse(
      String method, String url, String cookie, Map<String, String> form)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (form == null) {
      request.GET();
    } else {
      var encoded =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }
    return BROWSER.send(
        request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String cookie(HttpResponse<String> response) {
    return cookie(response, null);
  }

  private static String cookie(HttpResponse<String> response, String previous) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElse(previous);
  }

  private static String csrf(HttpResponse<String> page) {
    var matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).as(page.body()).isTrue();
    return matcher.group(1);
  }
}
