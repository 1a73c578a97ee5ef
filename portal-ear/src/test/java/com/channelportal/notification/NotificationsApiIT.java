package com.channelportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications from outside, with real tokens and the stack's mail sink: a claim that goes to
 * review reaches the channel manager assigned to its partner in the portal and by e-mail in the
 * manager's language, the submitter and the company's admins hear what became of their claims, an
 * e-mail switched off still leaves the notification in the portal, and nobody reads or marks
 * anybody else's notifications.
 */
@ExtendWith(StackExtension.class)
class NotificationsApiIT {

  private static final String MANAGER = "it.notify.manager";
  private static final String MANAGER_MAIL = MANAGER + "@it-brand.test";
  private static final String NOTIFICATIONS = "/api/v1/notifications";
  private static final String PREFERENCES = "/api/v1/notification-preferences";
  private static final String PARTNERS = "/api/v1/partners";
  private static final String BRAND_ADMIN = "it.notify.brandadmin";
  private static final long WAIT_MS = 60_000;

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    var managerId = admin.ensureUser(MANAGER, stack.demoPassword(), "brand", "channel-manager");
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    speaksEnglish(admin, managerId);
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void aClaimInReviewTellsItsChannelManagerInEnglishAndThePartnerWhatBecameOfIt() throws Exception {
    var restore = assignChannelManager("huanan", MANAGER);
    assertThat(send("PUT", PREFERENCES, "huanan.user", "{\"emailOff\":[\"SENT_TO_REVIEW\"]}"))
        .satisfies(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    try {
      var customer = uniqueCustomerName();
      var uscc = TestCompanies.randomUscc();
      var first = submit("litai.user", customer, uscc);
      var second = submit("huanan.user", customer, uscc);
      assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
      var number = second.getString("number");
      var id = second.getJsonNumber("id").longValue();

      var forManager = await(MANAGER, n -> n.getJsonNumber("subjectId").longValue() == id);
      assertThat(forManager.getString("kind")).isEqualTo("SENT_TO_REVIEW");
      assertThat(forManager.getBoolean("read")).isFalse();
      assertThat(forManager.getJsonObject("params").getString("partner")).isEqualTo("华南电气有限公司");
      var mail = awaitMail(MANAGER_MAIL, number);
      assertThat(mail.getSubject()).isEqualTo("To review: registration " + number + " of 华南电气有限公司");
      assertThat(MailSink.plainText(mail))
          .contains(stack.portalUrl() + "/registrations/" + id, number);

      // the submitter switched this kind's e-mail off: the portal still has it, the mailbox not
      var forSubmitter = await("huanan.user", n -> n.getJsonNumber("subjectId").longValue() == id);
      assertThat(forSubmitter.getString("kind")).isEqualTo("SENT_TO_REVIEW");
      assertThat(forSubmitter.toString()).doesNotContain("litai", "深圳利泰机电", MANAGER);
      assertThat(forSubmitter.getJsonObject("params").keySet()).containsOnly("number", "customer");
      awaitMail("admin@huanan-electric.example", number);
      assertThat(mailsTo("liu.nan@huanan-electric.example", number)).isEmpty();

      // the earlier claim was approved: its submitter is told, its admin too
      var firstId = first.getJsonNumber("id").longValue();
      var approved = await("litai.user", n -> n.getJsonNumber("subjectId").longValue() == firstId);
      assertThat(approved.getString("kind")).isEqualTo("APPROVED_AUTOMATICALLY");
      var receipt = awaitMail("wang.jianxin@litai.example", first.getString("number"));
      // in the language litai.user last chose in the portal (browser tests switch it), else Chinese
      assertThat(receipt.getSubject())
          .isIn(
              "报备 " + first.getString("number") + " 已批准：" + customer,
              "Registration " + first.getString("number") + " approved: " + customer);
      await("litai.admin", n -> n.getJsonNumber("subjectId").longValue() == firstId);
    } finally {
      send("PUT", PREFERENCES, "huanan.user", "{\"emailOff\":[]}");
      restore.run();
    }
  }

  /**
   * A channel manager who never signed in has no account in the partners realm yet (it is made at
   * the first sign-in through the brand intranet): the brand admins are told in their place. Read
   * in the database, since which brand admins the portal knows depends on its directory cache.
   */
  @Test
  void aReviewForAManagerWhoNeverSignedInGoesToTheBrandAdmins() throws Exception {
    var restore = assignChannelManager("huanan", "it.notify.never-signed-in");
    try {
      var customer = uniqueCustomerName();
      var uscc = TestCompanies.randomUscc();
      submit("litai.user", customer, uscc);
      var second = submit("huanan.user", customer, uscc);
      assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
      var id = second.getJsonNumber("id").longValue();

      long deadline = System.currentTimeMillis() + WAIT_MS;
      var toBrand = 0;
      while (toBrand == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
        toBrand = brandNotifications(id, "SENT_TO_REVIEW");
      }
      assertThat(toBrand).as("brand notifications of the review of %s", id).isPositive();
    } finally {
      restore.run();
    }
  }

  private static int brandNotifications(long registrationId, String kind) throws SQLException {
    try (var db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM notification WHERE subject_id = ? AND kind = ?"
                    + " AND audience = 'BRAND'")) {
      query.setLong(1, registrationId);
      query.setString(2, kind);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void nobodyReadsOrMarksAnotherPersonsNotification() throws Exception {
    var submitted = submit("litai.user", uniqueCustomerName(), TestCompanies.randomUscc());
    var registrationId = submitted.getJsonNumber("id").longValue();
    var own = await("litai.user", n -> n.getJsonNumber("subjectId").longValue() == registrationId);
    var path = NOTIFICATIONS + "/" + own.getJsonNumber("id").longValue() + "/read";

    for (String other : new String[] {"huanan.user", "litai.admin", BRAND_ADMIN, MANAGER}) {
      var refused = send("POST", path, other, null);
      assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(list(other, false).toString()).doesNotContain("\"id\":" + own.getInt("id") + ",");
    }
    assertThat(find("litai.user", own.getInt("id")).getBoolean("read")).isFalse();

    var read = send("POST", path, "litai.user", null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(Http.json(read).getBoolean("read")).isTrue();
    assertThat(Http.json(read).getString("readAt")).isNotBlank();

    var all = send("POST", NOTIFICATIONS + "/read-all", "litai.user", null);
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    var page = list("litai.user", true);
    assertThat(page.getJsonNumber("unread").longValue()).isZero();
    assertThat(page.getJsonArray("items")).isEmpty();
  }

  @Test
  void badInputIsRefusedWithAProblemPerField() {
    var unknown = send("PUT", PREFERENCES, "litai.user", "{\"emailOff\":[\"NO_SUCH_KIND\"]}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(Http.json(unknown).getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo("emailOff.UNKNOWN_KIND");
    var notTheirs = send("PUT", PREFERENCES, "litai.user", "{\"emailOff\":[\"ESCALATED\"]}");
    assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(400);
    assertThat(Http.json(notTheirs).getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo("emailOff.NOT_YOURS");
    var missing = send("PUT", PREFERENCES, "litai.user", "{}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    var page = send("GET", NOTIFICATIONS + "?limit=0", "litai.user", null);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    var garbage = send("POST", NOTIFICATIONS + "/abc/read", "litai.user", null);
    assertThat(garbage.statusCode()).isEqualTo(404);

    var preferences = Http.json(send("GET", PREFERENCES, MANAGER, null));
    assertThat(preferences.getJsonArray("kinds").toString())
        .contains("SENT_TO_REVIEW", "ESCALATED")
        .doesNotContain("EXPIRY_REMINDER");
  }

  private static JsonObject submit(String username, String customerName, String uscc) {
    return Claims.submit(stack, client, username, customerName, uscc);
  }

  /** The recipient's notification that matches, waiting for the dispatch after commit. */
  private static JsonObject await(String username, Predicate<JsonObject> wanted)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      var found =
          list(username, false).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(wanted)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No such notification for " + username + " within " + WAIT_MS + " ms");
  }

  private static JsonObject find(String username, int id) {
    return list(username, false).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getInt("id") == id)
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject list(String username, boolean unread) {
    var response = send("GET", NOTIFICATIONS + "?limit=100&unread=" + unread, username, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static MimeMessage awaitMail(String address, String number) throws Exception {
    return stack.mailSink().awaitMessage(address, number, WAIT_MS);
  }

  private static java.util.List<MimeMessage> mailsTo(String address, String number) {
    return stack.mailSink().messagesTo(address, number);
  }

  private static HttpResponse<String> send(String method, String path, String user, String body) {
    return Http.request(
        method,
        stack.portalUrl() + path,
        body,
        "Authorization",
        "Bearer " + client.accessToken(user),
        "Accept",
        "application/json");
  }

  /** Makes the user the channel manager of the company; the returned action puts back the old. */
  private static Runnable assignChannelManager(String alias, String username) {
    var partner =
        Http.json(send("GET", PARTNERS + "?limit=100", BRAND_ADMIN, null))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> alias.equals(p.getString("organization")))
            .findFirst()
            .orElseThrow();
    var path = PARTNERS + "/" + partner.getInt("id");
    var before = Http.json(send("GET", path, BRAND_ADMIN, null));
    var previous = before.isNull("channelManager") ? "" : before.getString("channelManager");
    changeChannelManager(path, username);
    return () -> changeChannelManager(path, previous);
  }

  private static void changeChannelManager(String path, String username) {
    var current = send("GET", path, BRAND_ADMIN, null);
    var partner = Http.json(current);
    var programme = Json.createObjectBuilder();
    for (String field :
        new String[] {"name", "uscc", "region", "tier", "status", "foreignEmailAllowed"}) {
      if (partner.containsKey(field)) {
        programme.add(field, partner.get(field));
      }
    }
    programme.add("channelManager", username);
    var changed =
        Http.request(
            "PUT",
            stack.portalUrl() + path + "/programme",
            programme.build().toString(),
            "Authorization",
            "Bearer " + client.accessToken(BRAND_ADMIN),
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  /** Keycloak keeps a person's language as the attribute {@code locale}. */
  private static void speaksEnglish(KeycloakAdmin admin, String userId) {
    var token = admin.token();
    var url = admin.realmUrl("/users/" + userId);
    var user = Http.json(Http.get(url, "Authorization", "Bearer " + token));
    var changed =
        Json.createObjectBuilder(user)
            .add(
                "attributes",
                Json.createObjectBuilder().add("locale", Json.createArrayBuilder().add("en")))
            .build();
    var response = Http.sendJson("PUT", url, token, changed.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static String uniqueCustomerName() {
    return Claims.uniqueCustomerName();
  }
}
