package com.channelportal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakLoginPage;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One deal, two companies, in a real browser: Litai's user logs a visit with a quotation attached;
 * the channel manager (zhang.wei, through the brand intranet's SSO, assigned to Litai by the demo
 * data) sees it, downloads the file and writes a brand-internal note, which the partner's timeline
 * never shows.
 */
@ExtendWith(StackExtension.class)
class DealTimelineBrowserIT {

  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String INTERNAL_NOTE = "内部判断：客户价格敏感，可考虑项目特价";

  private static PortalStack stack;

  @BeforeAll
  static void stack() {
    stack = StackExtension.stack();
  }

  @Test
  void partnerAndChannelManagerFollowUpOneDealAndTheInternalNoteStaysInternal() throws IOException {
    var deal = approvedDeal();
    var quotation = Files.createTempFile("报价单", ".pdf");
    Files.write(
        quotation, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    try (var partner = Browser.open("zh-CN")) {
      HomePage.openAs(partner, stack, "litai.user");
      partner.go(stack.portalUrl() + "/deals/" + deal);
      partner.waitForVaadin();
      assertThat(text(partner, "deal-heading")).contains("DR-");
      partner.waitFor(By.id("timeline-log")).click();
      partner.waitForVaadin();
      type(partner, "followup-activity-participants", "王伟");
      type(partner, "followup-activity-notes", "拜访设备科，客户认可方案");
      type(partner, "followup-activity-next", "下周安排演示");
      var upload = partner.waitFor(By.id("followup-activity-upload"));
      upload
          .getShadowRoot()
          .findElement(By.cssSelector("input[type=file]"))
          .sendKeys(quotation.toString());
      new WebDriverWait(partner.driver(), Duration.ofSeconds(30))
          .until(d -> d.findElements(By.cssSelector("vaadin-upload-file[complete]")).size() == 1);
      partner.screenshot("timeline-partner-dialog-zh");
      partner.waitFor(By.id("followup-activity-save")).click();
      partner.waitForVaadin();
      assertThat(text(partner, "timeline-grid"))
          .contains("拜访设备科，客户认可方案")
          .contains(quotation.getFileName().toString());
      partner.screenshot("timeline-partner-logged-zh");
    }

    try (var manager = Browser.open("zh-CN")) {
      manager.go(stack.portalUrl() + "/");
      manager.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
      new KeycloakLoginPage(manager)
          .loginThroughBrandIntranet(
              stack.keycloakUrl(), "zhang.wei@brand.example", "zhang.wei", stack.demoPassword());
      manager.waitForUrlStartingWith(stack.portalUrl());
      manager.waitForVaadin();
      manager.go(stack.portalUrl() + "/deals/" + deal);
      manager.waitForVaadin();
      assertThat(text(manager, "timeline-grid")).contains("拜访设备科，客户认可方案");
      var link = manager.waitFor(By.cssSelector("#timeline-grid a.timeline-file"));
      var fetched =
          manager.script(
              "return fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>"
                  + " r.status + '|' + r.headers.get('content-type') + '|' + b.byteLength))",
              link.getAttribute("href"));
      assertThat(String.valueOf(fetched))
          .startsWith("200|application/pdf")
          .endsWith("|" + Files.size(quotation));

      manager.waitFor(By.id("timeline-log")).click();
      manager.waitForVaadin();
      manager.waitFor(By.id("followup-activity-kind")).click();
      // items by position, so that the test holds in either language: NOTE is the seventh kind
      manager
          .waitFor(
              By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item:nth-of-type(7)"))
          .click();
      manager.waitForVaadin();
      manager.waitFor(By.id("followup-activity-visibility")).click();
      manager
          .waitFor(
              By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item:nth-of-type(2)"))
          .click();
      manager.waitForVaadin();
      type(manager, "followup-activity-notes", INTERNAL_NOTE);
      manager.screenshot("timeline-manager-internal-dialog-zh");
      manager.waitFor(By.id("followup-activity-save")).click();
      manager.waitForVaadin();
      assertThat(text(manager, "timeline-grid")).contains(INTERNAL_NOTE);
      assertThat(internalBadges(manager)).isEqualTo(1L);
      manager.screenshot("timeline-manager-zh");
    }

    try (var partner = Browser.open("zh-CN")) {
      HomePage.openAs(partner, stack, "litai.user");
      partner.go(stack.portalUrl() + "/deals/" + deal);
      partner.waitForVaadin();
      assertThat(text(partner, "timeline-grid"))
          .contains("拜访设备科，客户认可方案")
          .doesNotContain(INTERNAL_NOTE);
      assertThat(internalBadges(partner)).isZero();
      partner.screenshot("timeline-partner-without-internal-zh");
    }
  }

  /** Litai's user registers a new customer through the API; approved at once. */
  private static long approvedDeal() {
    var client =
        new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    var token = "Bearer " + client.accessToken("litai.user");
    var digits = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", "佛山" + digits + "智能装备有限公司")
                    .add("uscc", TestCompanies.randomUscc()))
            .add("contactName", "陈经理")
            .add("contactPhone", "0757-8888 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("product", "伺服电机 SM-200")
                            .add("quantity", 2)))
            .add("estimatedAmount", "300000")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(2).toString())
            .build();
    var created =
        Http.request(
            "POST",
            stack.portalUrl() + "/api/v1/registrations",
            form.toString(),
            "Authorization",
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        Http.request(
            "POST",
            stack.portalUrl() + "/api/v1/registrations/" + id + "/submission",
            null,
            "Authorization",
            token,
            "If-Match",
            created.headers().firstValue("ETag").orElseThrow());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(Http.json(submitted).getString("status")).isEqualTo("APPROVED");
    return id;
  }

  private static long internalBadges(Browser browser) {
    return (Long)
        browser.script(
            "return document.querySelectorAll('#timeline-grid .timeline-internal-badge').length");
  }

  private static String text(Browser browser, String id) {
    browser.waitForVaadin();
    var text =
        browser.script(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : null", id);
    assertThat(text).as("element #%s", id).isNotNull();
    return String.valueOf(text);
  }

  private static void type(Browser browser, String id, String text) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    input.sendKeys(text, Keys.TAB);
    browser.waitForVaadin();
  }
}
