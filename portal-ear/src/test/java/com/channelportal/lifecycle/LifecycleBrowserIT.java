package com.channelportal.lifecycle;

import static com.channelportal.identity.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The protection lifecycle in real browsers: the partner asks for an extension in the dialog of its
 * approved registration (a too short justification is refused on the field), a brand admin approves
 * it in the queue of extension requests, and the partner sees the new end; the partner closes one
 * deal as won with its amount and another as lost, which needs a reason. The assertions read ids,
 * classes and the data typed, so they hold in either language.
 */
@ExtendWith(StackExtension.class)
class LifecycleBrowserIT {

  private static final String BRAND_ADMIN = "it.lifecycle.browser.admin";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String JUSTIFICATION = "客户的预算审批推迟到下个季度";
  private static final String LOST_REASON = "客户选择了竞争对手的低价方案";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void brandAdmin() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void thePartnerAsksForMoreDaysAndTheBrandApproves() {
    var registration = approved("litai.user");
    var id = registration.getJsonNumber("id").longValue();
    var number = registration.getString("number");
    var lastDay = LocalDate.parse(registration.getString("protectedUntil"));
    var detail = stack.portalUrl() + "/registrations/" + id;

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.go(detail);
      browser.waitForVaadin();
      click(browser, "protection-extend");
      type(browser, "#extension-days input", "20");
      type(browser, "#extension-justification textarea", "太短");
      browser.waitFor(By.id("extension-send")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("extension-justification")).getAttribute("invalid"))
          .isNotNull();
      browser.screenshot("lifecycle-extension-refused");

      var justification = browser.waitFor(By.cssSelector("#extension-justification textarea"));
      justification.sendKeys(Keys.chord(Keys.CONTROL, "a"), JUSTIFICATION, Keys.TAB);
      browser.waitForVaadin();
      browser.waitFor(By.id("extension-send")).click();
      browser.waitForVaadin();

      assertThat(browser.all(By.id("extension-dialog"))).isEmpty();
      assertThat(text(browser, "protection-requests")).contains(JUSTIFICATION).contains("20");
      // a vaadin-button is no form control: Selenium's isEnabled ignores its disabled attribute
      assertThat(browser.waitFor(By.id("protection-extend")).getAttribute("disabled")).isNotNull();
      browser.screenshot("lifecycle-extension-requested");
    }

    var requests = Http.jsonArray(get("/api/v1/registrations/" + id + "/extension-requests"));
    var requestId = requests.getJsonObject(0).getJsonNumber("id").longValue();
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, BRAND_ADMIN);
      browser.go(stack.portalUrl() + "/extensions");
      browser.waitForVaadin();
      assertThat(text(browser, "extensions-grid")).contains(number).contains(JUSTIFICATION);
      browser.screenshot("lifecycle-extension-queue");
      var decide = browser.waitFor(By.id("extension-decide-" + requestId));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", decide);
      decide.click();
      browser.waitFor(By.id("decision-approve")).click();
      browser.waitForVaadin();
      assertThat(browser.all(By.id("decision-dialog"))).isEmpty();
      var decided = Http.jsonArray(get("/api/v1/registrations/" + id + "/extension-requests"));
      assertThat(decided.getJsonObject(0).getString("status")).isEqualTo("APPROVED");
      browser.screenshot("lifecycle-extension-approved");
    }

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.go(detail);
      browser.waitForVaadin();
      assertThat(text(browser, "registration-facts")).contains(lastDay.plusDays(20).toString());
      assertThat(text(browser, "protection-requests")).contains(lastDay.plusDays(20).toString());
      browser.screenshot("lifecycle-extension-extended");
    }
  }

  @Test
  void thePartnerClosesOneDealAsWonAndAnotherAsLost() {
    var won = approved("litai.user").getJsonNumber("id").longValue();
    var lost = approved("litai.user").getJsonNumber("id").longValue();
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.go(stack.portalUrl() + "/registrations/" + won);
      browser.waitForVaadin();
      click(browser, "protection-won");
      type(browser, "#closing-amount input", "365000");
      browser.screenshot("lifecycle-closing-won-filled");
      browser.waitFor(By.id("closing-confirm")).click();
      browser.waitForVaadin();
      assertThat(browser.all(By.id("closing-dialog"))).isEmpty();
      assertThat(statusClass(browser)).contains("status-won");
      browser.screenshot("lifecycle-closed-won");
      assertThat(text(browser, "protection-closing")).contains("365,000.00");
      assertThat(browser.all(By.id("protection-extend"))).isEmpty();

      browser.go(stack.portalUrl() + "/registrations/" + lost);
      browser.waitForVaadin();
      click(browser, "protection-lost");
      browser.waitFor(By.id("closing-confirm")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("closing-reason")).getAttribute("invalid")).isNotNull();
      browser.screenshot("lifecycle-closing-lost-refused");
      type(browser, "#closing-reason textarea", LOST_REASON);
      browser.waitFor(By.id("closing-confirm")).click();
      browser.waitForVaadin();
      assertThat(browser.all(By.id("closing-dialog"))).isEmpty();
      assertThat(statusClass(browser)).contains("status-lost");
      browser.screenshot("lifecycle-closed-lost");
      assertThat(text(browser, "protection-closing")).contains(LOST_REASON);
    }
  }

  /**
   * The status badge's classes, scrolled to first: after a dialog at the foot of the detail the
   * header is above the fold, and Selenium counts an element scrolled out of the app layout's
   * content as not displayed (which is what failed here before, not the closing).
   */
  private static String statusClass(Browser browser) {
    browser.waitForVaadin();
    var classes =
        browser.script(
            "const e = document.getElementById('registration-status');"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); return e.className");
    assertThat(classes).as("#registration-status").isNotNull();
    return String.valueOf(classes);
  }

  /** Clicks a button of the detail, which may be below the fold. */
  private static void click(Browser browser, String id) {
    var button = browser.waitFor(By.id(id));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    browser.waitForVaadin();
  }

  private static void type(Browser browser, String css, String text) {
    browser.waitFor(By.cssSelector(css)).sendKeys(text, Keys.TAB);
    browser.waitForVaadin();
  }

  private static JsonObject approved(String user) {
    var random = ThreadLocalRandom.current();
    var characters = "骊骋骐骥骅骏骢骠骓";
    var name = new StringBuilder("杭州");
    for (int i = 0; i < 4; i++) {
      name.append(characters.charAt(random.nextInt(characters.length())));
    }
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", name.append("传动设备有限公司").toString())
                    .add("uscc", TestCompanies.randomUscc())
                    .add("province", "浙江省")
                    .add("city", "杭州"))
            .add("contactName", "王测试")
            .add("contactPhone", "021-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "减速机 R-90").add("quantity", 6)))
            .add("estimatedAmount", "420000.00")
            .add("expectedCloseDate", LocalDate.now(BRAND_ZONE).plusMonths(4).toString())
            .build();
    var created = send("POST", "/api/v1/registrations", user, null, form.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var etag = created.headers().firstValue("ETag").orElseThrow();
    var submitted = send("POST", "/api/v1/registrations/" + id + "/submission", user, etag, null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    var approved = Http.json(submitted);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    return approved;
  }

  private static java.net.http.HttpResponse<String> send(
      String method, String path, String user, String ifMatch, String body) {
    var token = "Bearer " + client.accessToken(user);
    return ifMatch == null
        ? Http.request(method, stack.portalUrl() + path, body, "Authorization", token)
        : Http.request(
            method, stack.portalUrl() + path, body, "Authorization", token, "If-Match", ifMatch);
  }

  private static java.net.http.HttpResponse<String> get(String path) {
    return Http.get(
        stack.portalUrl() + path, "Authorization", "Bearer " + client.accessToken("litai.user"));
  }
}
