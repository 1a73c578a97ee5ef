package com.channelportal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A distributor's admins manage their own people through the API, against the real Keycloak:
 * invitations reach the mail sink, foreign and free-mail addresses are refused with the reason, the
 * last admin stays, and another distributor's team is out of reach.
 */
@ExtendWith(StackExtension.class)
class TeamApiIT {

  private static final String BRAND_ADMIN = "it.team.brandadmin";
  private static final String SECOND_ADMIN = "it.team.admin2";

  private static PortalStack stack;
  private static TestClient client;
  private static KeycloakAdmin keycloak;
  private static long litai;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    keycloak = new KeycloakAdmin(stack.keycloakUrl());
    keycloak.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    litai =
        Http.json(get("/api/v1/partners", "litai.user"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
  }

  @Test
  void everyoneOfTheCompanySeesItsPeopleWithTheirRoles() {
    var response = get(members(), "litai.user");

    assertThat(response.statusCode()).isEqualTo(200);
    var byName = Http.jsonArray(response).getValuesAs(JsonObject.class);
    assertThat(byName)
        .filteredOn(m -> m.getString("username").equals("litai.admin"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("role")).isEqualTo("partner-admin"));
    assertThat(byName)
        .filteredOn(m -> m.getString("username").equals("litai.user"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("role")).isEqualTo("partner-user"));
    assertThat(response.body()).doesNotContain("huanan");
  }

  @Test
  void anInvitedColleagueGetsTheSetPasswordMailAndJoinsAsUser() throws Exception {
    var address = "it.colleague." + suffix() + "@litai.example";

    var invited = invite("litai.admin", address, "陈", "晓明", "zh-CN", null);

    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    var member = Http.json(invited);
    assertThat(member.getString("email")).isEqualTo(address);
    assertThat(member.getString("role")).isEqualTo("partner-user");
    assertThat(member.getBoolean("enabled")).isTrue();
    assertThat(invited.headers().firstValue("Location").orElseThrow())
        .endsWith("/members/" + member.getString("id"));
    var mail = stack.mailSink().awaitMessageTo(address, 20_000);
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(address);
    assertThat(MailSink.firstLink(mail))
        .startsWith(stack.keycloakUrl() + "/realms/partners/login-actions/action-token");
    assertThat(Http.jsonArray(get(members(), "litai.user")).toString()).contains(address);
  }

  @Test
  void addressesOutsideTheCompanyAreRefusedWithTheReason() {
    assertRefused(
        invite("litai.admin", "someone@qq.com", "王", "五", "zh-CN", null), "email.FREE_MAIL");
    assertRefused(
        invite("litai.admin", "someone@huanan.example", "王", "五", "zh-CN", null),
        "email.FOREIGN_DOMAIN");
    assertRefused(
        invite("litai.admin", "not-an-address", "王", "五", "zh-CN", null), "email.INVALID_ADDRESS");
    assertRefused(
        invite("litai.admin", "x." + suffix() + "@litai.example", "", "五", "zh-CN", null),
        "familyName.REQUIRED");
    assertRefused(
        invite("litai.admin", "x." + suffix() + "@litai.example", "王", "五", "fr", null),
        "language.UNSUPPORTED");
    assertRefused(
        invite("litai.admin", "x." + suffix() + "@litai.example", "王", "五", "en", "root"),
        "role.UNKNOWN");
  }

  @Test
  void theBrandMayAllowAddressesOutsideTheDomainButNeverFreeMail() {
    var outside = "it.agency." + suffix() + "@agency-partner.example";
    assertRefused(invite("litai.admin", outside, "周", "杰", "zh-CN", null), "email.FOREIGN_DOMAIN");

    allowForeignEmail(true);
    try {
      var invited = invite("litai.admin", outside, "周", "杰", "zh-CN", null);
      assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
      assertRefused(
          invite("litai.admin", "someone@163.com", "周", "杰", "zh-CN", null), "email.FREE_MAIL");
    } finally {
      allowForeignEmail(false);
    }
  }

  private static void allowForeignEmail(boolean allowed) {
    var path = "/api/v1/partners/" + litai;
    var current = get(path, BRAND_ADMIN);
    var partner = Http.json(current);
    var programme =
        Json.createObjectBuilder()
            .add("name", partner.get("name"))
            .add("uscc", partner.get("uscc"))
            .add("region", partner.get("region"))
            .add("tier", partner.get("tier"))
            .add("status", partner.get("status"))
            .add("channelManager", partner.get("channelManager"))
            .add("foreignEmailAllowed", allowed)
            .build();
    var changed =
        Http.request(
            "PUT",
            stack.portalUrl() + path + "/programme",
            programme.toString(),
            "Authorization",
            "Bearer " + client.accessToken(BRAND_ADMIN),
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).getBoolean("foreignEmailAllowed")).isEqualTo(allowed);
  }

  /** Keycloak's user profile refuses markup in person names; the field says so before it asks. */
  @Test
  void scriptInANameIsRefusedWithTheField() {
    var address = "it.script." + suffix() + "@litai.example";

    assertRefused(
        invite("litai.admin", address, "<script>alert(1)</script>", "Lee", "en", null),
        "familyName.CHARACTER");
    assertThat(Http.jsonArray(get(members(), "litai.user")).toString()).doesNotContain(address);
  }

  @Test
  void chineseAndLatinNamesWithSpacesDotsAndHyphensAreWelcome() {
    var address = "it.names." + suffix() + "@litai.example";

    var invited = invite("litai.admin", address, "欧阳", "Mary-Ann Jr.", "en", null);

    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(Http.json(invited).getString("familyName")).isEqualTo("欧阳");
    assertThat(Http.json(invited).getString("givenName")).isEqualTo("Mary-Ann Jr.");
  }

  @Test
  void theLastAdminCanNeitherStepDownNorBeDeactivated() {
    var self = idOf("litai.admin");

    var demoted =
        put(members() + "/" + self + "/role", "litai.admin", "{\"role\":\"partner-user\"}");
    var disabled = put(members() + "/" + self + "/enabled", "litai.admin", "{\"enabled\":false}");

    assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(409);
    assertThat(Http.json(demoted).getString("code")).isEqualTo("team.LAST_ADMIN");
    assertThat(disabled.statusCode()).isEqualTo(409);
    assertThat(Http.jsonArray(get(members(), "litai.user")).toString()).contains("partner-admin");
  }

  @Test
  void anAdminPromotesDemotesDeactivatesAndReactivates() {
    var address = "it.cycle." + suffix() + "@litai.example";
    var id = Http.json(invite("litai.admin", address, "李", "四", "en", null)).getString("id");
    var member = members() + "/" + id;

    assertThat(
            Http.json(put(member + "/role", "litai.admin", "{\"role\":\"partner-admin\"}"))
                .getString("role"))
        .isEqualTo("partner-admin");
    assertThat(
            Http.json(put(member + "/role", "litai.admin", "{\"role\":\"partner-user\"}"))
                .getString("role"))
        .isEqualTo("partner-user");
    assertThat(
            Http.json(put(member + "/enabled", "litai.admin", "{\"enabled\":false}"))
                .getBoolean("enabled"))
        .isFalse();
    assertThat(
            Http.json(put(member + "/enabled", "litai.admin", "{\"enabled\":true}"))
                .getBoolean("enabled"))
        .isTrue();
  }

  @Test
  void aPartnerUserOnlyLooks() {
    var response = invite("litai.user", "x." + suffix() + "@litai.example", "王", "五", "en", null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(
            put(
                    members() + "/" + idOf("litai.admin") + "/role",
                    "litai.user",
                    "{\"role\":\"partner-user\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anotherDistributorsAdminCannotReachTheTeam() {
    var litaiUser = idOf("litai.user");

    assertThat(get(members(), "huanan.admin").statusCode()).isEqualTo(404);
    assertThat(
            invite("huanan.admin", "x." + suffix() + "@litai.example", "王", "五", "en", null)
                .statusCode())
        .isEqualTo(404);
    var promoted =
        put(members() + "/" + litaiUser + "/role", "huanan.admin", "{\"role\":\"partner-admin\"}");
    assertThat(promoted.statusCode()).isEqualTo(404);
    assertThat(promoted.body()).doesNotContain("litai.user");
    assertThat(roleOf("litai.user")).isEqualTo("partner-user");
  }

  @Test
  void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
    keycloak.ensureUser(
        SECOND_ADMIN, stack.demoPassword(), "litai", "partner-user", "partner-admin");
    var first = idOf("litai.admin");
    var second = idOf(SECOND_ADMIN);
    var start = new CountDownLatch(1);
    List<Callable<Integer>> both = new ArrayList<>();
    both.add(() -> demote(start, "litai.admin", second));
    both.add(() -> demote(start, SECOND_ADMIN, first));
    var pool = Executors.newFixedThreadPool(2);
    try {
      var results = both.stream().map(pool::submit).toList();
      start.countDown();
      var statuses = new ArrayList<Integer>();
      for (var result : results) {
        statuses.add(result.get());
      }

      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
      // whoever won, litai.admin is the demo's admin again and the second one leaves
      put(members() + "/" + first + "/role", BRAND_ADMIN, "{\"role\":\"partner-admin\"}");
      put(members() + "/" + second + "/role", BRAND_ADMIN, "{\"role\":\"partner-user\"}");
      put(members() + "/" + second + "/enabled", BRAND_ADMIN, "{\"enabled\":false}");
    }
    assertThat(roleOf("litai.admin")).isEqualTo("partner-admin");
  }

  private static int demote(CountDownLatch start, String actor, String target) throws Exception {
    var token = client.accessToken(actor);
    start.await();
    return Http.request(
            "PUT",
            stack.portalUrl() + members() + "/" + target + "/role",
            "{\"role\":\"partner-user\"}",
            "Authorization",
            "Bearer " + token)
        .statusCode();
  }

  private static void assertRefused(HttpResponse<String> response, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Http.json(response).getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo(reason);
  }

  private static String idOf(String username) {
    return member(username).getString("id");
  }

  private static String roleOf(String username) {
    return member(username).getString("role");
  }

  private static JsonObject member(String username) {
    return Http.jsonArray(get(members(), BRAND_ADMIN)).getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No member " + username));
  }

  private static String members() {
    return "/api/v1/partners/" + litai + "/members";
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static HttpResponse<String> invite(
      String actor, String email, String family, String given, String language, String role) {
    var body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("familyName", family)
            .add("givenName", given)
            .add("language", language);
    if (role != null) {
      body.add("role", role);
    }
    return Http.request(
        "POST",
        stack.portalUrl() + members(),
        body.build().toString(),
        "Authorization",
        "Bearer " + client.accessToken(actor));
  }

  private static HttpResponse<String> get(String path, String actor) {
    return Http.get(
        stack.portalUrl() + path, "Authorization", "Bearer " + client.accessToken(actor));
  }

  private static HttpResponse<String> put(String path, String actor, String body) {
    return Http.request(
        "PUT",
        stack.portalUrl() + path,
        body,
        "Authorization",
        "Bearer " + client.accessToken(actor));
  }
}
