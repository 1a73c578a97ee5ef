package com.channelportal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.identity.Pages;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.review.ApiClaims;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6's done-when in one real browser session per side: Litai's user and its channel manager
 * (zhang.wei, signed in through the brand intranet) work one approved deal. Both log activities on
 * one timeline; the manager's brand-internal note reaches neither the partner's page nor its API;
 * the manager gives the partner user a task due tomorrow, whose reminder (the reminders job runs
 * every 15 s on the test stack) and a mention reach the partner's bell; a file of exactly the limit
 * (20 MB) goes up on the partner's side and comes down on the manager's with the same SHA-256,
 * while one byte more and a renamed program are refused with their messages and write nothing; the
 * partner edits its own activity, adding a file (and is told, not overwritten, when it changed
 * meanwhile), deletes one, and has no edit button on the manager's. The timeline's CSV export,
 * through the UI's link and the API, holds what the partner sees and not the internal note.
 */
@ExtendWith(StackExtension.class)
class JointFollowUpBrowserIT {

  private static final Logger LOG = Logger.getLogger(JointFollowUpBrowserIT.class.getName());
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String PARTNER = "litai.user";
  private static final String MANAGER = "zhang.wei";
  private static final String BRAND_ADMIN = "it.followup.brandadmin";
  private static final int LIMIT = 20 * 1024 * 1024;
  private static final String VISIT = "拜访设备科，客户认可方案";
  private static final String INTERNAL_NOTE = "内部判断：客户价格敏感，可考虑项目特价";
  private static final String MENTION = "请于周五前更新报价";

  private static PortalStack stack;
  private static TestClient tokens;

  @TempDir static Path files;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    tokens = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void partnerAndChannelManagerWorkOneDealTogether() throws IOException {
    var deal = approvedDeal();
    var activities = "/api/v1/registrations/" + deal + "/activities";
    var call = created(api("POST", activities, PARTNER, form("CALL", "电话确认采购预算").build()));
    var atLimit = csv("报价明细.csv", LIMIT);
    var overLimit = csv("报价明细-大.csv", LIMIT + 1);
    var renamedProgram = files.resolve("报价单.pdf");
    Files.write(renamedProgram, program());
    var task = "寄送样机 " + ThreadLocalRandom.current().nextInt(100_000);

    try (var partner = Browser.open("zh-CN")) {
      HomePage.openAs(partner, stack, PARTNER);
      openDeal(partner, deal);
      Pages.click(partner, "timeline-log");
      choose(partner, overLimit);
      assertThat(fileError(partner)).isEqualTo("文件超过 20 MB 上限。");
      assertThat(partner.all(By.cssSelector("vaadin-upload-file"))).isEmpty();
      choose(partner, renamedProgram);
      waitForUploads(partner, 1);
      Pages.type(partner, "followup-activity-notes", "这条不应保存");
      Pages.click(partner, "followup-activity-save");
      assertThat(fileError(partner)).isEqualTo("不接受程序和脚本文件，无论文件名如何。");
      partner.screenshot("joint-partner-refused-file-zh");
      Pages.click(partner, "followup-activity-cancel");
      assertThat(total(activities, PARTNER)).as("refused files write no activity").isEqualTo(1);

      Pages.click(partner, "timeline-log");
      Pages.type(partner, "followup-activity-participants", "王伟");
      Pages.type(partner, "followup-activity-notes", VISIT);
      long start = System.nanoTime();
      choose(partner, atLimit);
      waitForUploads(partner, 1);
      var uploaded = Duration.ofNanos(System.nanoTime() - start);
      Pages.click(partner, "followup-activity-save");
      assertThat(Pages.text(partner, "timeline-grid")).contains(VISIT, "报价明细.csv");
      LOG.info(
          () ->
              "20 MB through the Vaadin upload: "
                  + uploaded.toMillis()
                  + " ms to the server, "
                  + Duration.ofNanos(System.nanoTime() - start).minus(uploaded).toMillis()
                  + " ms to save and show");
      partner.screenshot("joint-partner-logged-zh");
    }

    try (var manager = Browser.open("zh-CN")) {
      Pages.openAsBrandStaff(manager, stack, "zhang.wei@brand.example", MANAGER);
      openDeal(manager, deal);
      assertThat(Pages.text(manager, "timeline-grid")).contains(VISIT, "电话确认采购预算");
      assertThat(download(manager, "报价明细.csv"))
          .startsWith("200|text/csv")
          .endsWith("|" + sha256(atLimit));

      logNote(manager, INTERNAL_NOTE, true);
      logNote(manager, "@" + PARTNER + " " + MENTION, false);
      assertThat(Pages.text(manager, "timeline-grid")).contains(INTERNAL_NOTE, MENTION);
      assertThat(internalBadges(manager)).isEqualTo(1L);
      manager.screenshot("joint-manager-timeline-zh");

      manager.waitFor(By.cssSelector("#deal-tabs vaadin-tab:nth-of-type(3)")).click();
      manager.waitForVaadin();
      // required fields are marked before anything is sent
      Pages.click(manager, "deal-task-create");
      assertThat(manager.waitFor(By.id("deal-task-title")).getAttribute("invalid")).isNotNull();
      Pages.type(manager, "deal-task-title", task);
      pick(manager, "deal-task-assignee", PARTNER);
      manager
          .waitFor(By.cssSelector("#deal-task-due-date input"))
          .sendKeys(LocalDate.now(BRAND_ZONE).plusDays(1).toString(), Keys.ENTER);
      manager.waitForVaadin();
      Pages.click(manager, "deal-task-create");
      assertThat(manager.waitFor(By.id("deal-task-detail-title")).getText()).isEqualTo(task);
      manager.screenshot("joint-manager-task-zh");
    }

    var internal = activityWith(activities, BRAND_ADMIN, INTERNAL_NOTE);
    var mine = activityWith(activities, PARTNER, VISIT);
    var managers = activityWith(activities, PARTNER, MENTION);
    assertThat(Http.json(api("GET", activities + "?limit=100", PARTNER, null)).toString())
        .doesNotContain(INTERNAL_NOTE);
    assertThat(api("GET", activities + "/" + internal, PARTNER, null).statusCode()).isEqualTo(404);
    var exported = api("GET", activities + "/export", PARTNER, null);
    assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
    assertThat(exported.body()).contains(VISIT, MENTION).doesNotContain(INTERNAL_NOTE);

    try (var partner = Browser.open("zh-CN")) {
      HomePage.openAs(partner, stack, PARTNER);
      openDeal(partner, deal);
      assertThat(Pages.text(partner, "timeline-grid"))
          .contains(VISIT, MENTION)
          .doesNotContain(INTERNAL_NOTE);
      assertThat(internalBadges(partner)).isZero();
      var export =
          fetchText(partner, partner.waitFor(By.id("timeline-export")).getAttribute("href"));
      assertThat(export).startsWith("200|text/csv").contains(VISIT).doesNotContain(INTERNAL_NOTE);
      assertThat(partner.all(By.id("timeline-edit-" + managers))).isEmpty();
      assertThat(partner.all(By.id("timeline-delete-" + managers))).isEmpty();

      Pages.click(partner, "timeline-edit-" + mine);
      assertThat(
              partner
                  .waitFor(By.cssSelector("#followup-activity-notes textarea"))
                  .getAttribute("value"))
          .isEqualTo(VISIT);
      Pages.type(partner, "followup-activity-outcome", "客户同意试用");
      // an edit may add files, saved with the change
      choose(partner, csv("试用反馈.csv", 2048));
      waitForUploads(partner, 1);
      Pages.click(partner, "followup-activity-save");
      assertThat(Pages.text(partner, "timeline-grid")).contains("客户同意试用", "试用反馈.csv");

      Pages.click(partner, "timeline-edit-" + mine);
      Pages.type(partner, "followup-activity-outcome", "（界面）");
      var path = activities + "/" + mine;
      var current = api("GET", path, PARTNER, null);
      var meanwhile =
          api(
              "PUT",
              path,
              PARTNER,
              form("VISIT", VISIT).add("outcome", "客户已签试用协议").build(),
              "If-Match",
              current.headers().firstValue("ETag").orElseThrow());
      assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
      Pages.click(partner, "followup-activity-save");
      notified(partner, "已被他人修改或删除");
      partner.screenshot("joint-partner-stale-edit-zh");
      assertThat(Pages.text(partner, "timeline-grid")).contains("客户已签试用协议").doesNotContain("（界面）");

      Pages.click(partner, "timeline-delete-" + call);
      // the confirm dialog's button, clicked as RegistrationBrowserIT does, once it is shown
      partner.waitFor(By.id("timeline-delete-confirm-button")).click();
      partner.waitForVaadin();
      notified(partner, "跟进已删除");
      // the grid keeps the cells of a removed row in its DOM for reuse: count its rows instead
      assertThat(partner.script("return document.getElementById('timeline-grid').size"))
          .as("the visit and the manager's shared note")
          .isEqualTo(2L);
      assertThat(api("GET", activities + "/" + call, PARTNER, null).statusCode()).isEqualTo(404);
      partner.screenshot("joint-partner-timeline-zh");

      partner.go(stack.portalUrl() + "/tasks");
      partner.waitForVaadin();
      partner.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + task + "')]"));
      var bell =
          new WebDriverWait(partner.driver(), Duration.ofSeconds(90), Duration.ofSeconds(3))
              .until(
                  driver -> {
                    partner.go(stack.portalUrl() + "/notifications");
                    partner.waitForVaadin();
                    var text = partner.visibleText();
                    return text.contains("任务明天到期：" + task) && text.contains(MENTION) ? text : null;
                  });
      assertThat(bell).doesNotContain(INTERNAL_NOTE);
      partner.screenshot("joint-partner-bell-zh");

      Pages.switchLanguage(partner, "en");
      try {
        openDeal(partner, deal);
        assertThat(partner.waitFor(By.id("timeline-edit-" + mine)).getText()).isEqualTo("Edit");
        partner.script("document.getElementById('timeline-grid').scrollIntoView({block: 'end'})");
        partner.screenshot("joint-partner-timeline-en");
      } finally {
        Pages.switchLanguage(partner, "zh-CN");
      }
    }
  }

  private static void openDeal(Browser browser, long deal) {
    browser.go(stack.portalUrl() + "/deals/" + deal);
    browser.waitForVaadin();
    browser.waitFor(By.id("timeline-grid"));
  }

  private static void logNote(Browser manager, String notes, boolean internal) {
    Pages.click(manager, "timeline-log");
    manager.waitFor(By.id("followup-activity-kind")).click();
    // items by position, so that the test holds in either language: NOTE is the seventh kind
    manager
        .waitFor(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item:nth-of-type(7)"))
        .click();
    manager.waitForVaadin();
    if (internal) {
      manager.waitFor(By.id("followup-activity-visibility")).click();
      manager
          .waitFor(
              By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item:nth-of-type(2)"))
          .click();
      manager.waitForVaadin();
    }
    Pages.type(manager, "followup-activity-notes", notes);
    Pages.click(manager, "followup-activity-save");
  }

  private static void choose(Browser browser, Path file) {
    browser
        .waitFor(By.id("followup-activity-upload"))
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toString());
    browser.waitForVaadin();
  }

  private static void waitForUploads(Browser browser, int count) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> d.findElements(By.cssSelector("vaadin-upload-file[complete]")).size() == count);
    browser.waitForVaadin();
  }

  private static void notified(Browser browser, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .anyMatch(card -> card.getText().contains(text)));
  }

  private static String fileError(Browser browser) {
    return browser.waitFor(By.id("followup-activity-file-error")).getText();
  }

  /** Status, type and SHA-256 of the file as the browser gets it through the timeline's link. */
  private static String download(Browser browser, String fileName) {
    var link =
        browser.waitFor(
            By.xpath("//a[contains(@class, 'timeline-file') and text()='" + fileName + "']"));
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return String.valueOf(
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(async r => {"
                    + " const hash = await crypto.subtle.digest('SHA-256', await r.arrayBuffer());"
                    + " const hex = [...new Uint8Array(hash)]"
                    + ".map(b => b.toString(16).padStart(2, '0')).join('');"
                    + " done(r.status + '|' + r.headers.get('content-type') + '|' + hex); })"
                    + ".catch(e => done(String(e)));",
                link.getAttribute("href")));
  }

  /** Status, type and text of what the browser gets at this address. */
  private static String fetchText(Browser browser, String url) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return String.valueOf(
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(async r =>"
                    + " done(r.status + '|' + r.headers.get('content-type') + '|' + await r.text()))"
                    + ".catch(e => done(String(e)));",
                url));
  }

  private static long internalBadges(Browser browser) {
    return (Long)
        browser.script(
            "return document.querySelectorAll('#timeline-grid .timeline-internal-badge').length");
  }

  /** Types into a combo box and takes the item once the items have arrived. */
  private static void pick(Browser browser, String id, String item) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input"));
    input.sendKeys(item);
    browser.waitForVaadin();
    input.sendKeys(Keys.ENTER);
    browser.waitForVaadin();
  }

  /** A CSV file of exactly this size, ASCII rows after a Chinese header, valid UTF-8 throughout. */
  private static Path csv(String name, int size) throws IOException {
    var file = files.resolve(name);
    var header = "序号,产品,数量,金额\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(header);
      long written = header.length;
      for (int row = 1; written < size; row++) {
        var line = String.format("%08d,SM-200,2,150000.00%n", row).getBytes(StandardCharsets.UTF_8);
        var length = (int) Math.min(line.length, size - written);
        out.write(line, 0, length);
        written += length;
      }
    }
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  /** The start of a Windows program: refused by its bytes, whatever it is called. */
  private static byte[] program() {
    var bytes = new byte[4096];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    return bytes;
  }

  private static long total(String activities, String user) {
    return Http.json(api("GET", activities, user, null)).getJsonNumber("total").longValue();
  }

  private static long activityWith(String activities, String user, String notes) {
    return Http.json(api("GET", activities + "?limit=100", user, null))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> !a.isNull("notes") && a.getString("notes").contains(notes))
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " sees no activity with " + notes))
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObjectBuilder form(String kind, String notes) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("occurredAt", OffsetDateTime.now(BRAND_ZONE).minusHours(2).toString())
        .add("participants", Json.createArrayBuilder().add("王伟"))
        .add("notes", notes);
  }

  private static long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> api(
      String method, String path, String user, Object body, String... headers) {
    var all =
        new ArrayList<>(
            List.of("Authorization", "Bearer " + tokens.accessToken(user), "Accept", "*/*"));
    all.addAll(List.of(headers));
    return Http.request(
        method,
        stack.portalUrl() + path,
        body == null ? null : body.toString(),
        all.toArray(String[]::new));
  }

  /** Litai's user registers a new customer through the API; approved at once. */
  private static long approvedDeal() {
    var digits = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    var customer =
        Json.createObjectBuilder()
            .add("name", "佛山" + digits + "智能装备有限公司")
            .add("uscc", TestCompanies.randomUscc())
            .build();
    var submitted = ApiClaims.submitted(stack, tokens, PARTNER, customer);
    assertThat(submitted.getString("status")).isEqualTo("APPROVED");
    return submitted.getJsonNumber("id").longValue();
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
