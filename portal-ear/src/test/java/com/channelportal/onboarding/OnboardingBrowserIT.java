package com.channelportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakLoginPage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The whole onboarding in real browsers: a distributor applies on the public page without an
 * account, a brand admin approves it, the invitation reaches the mail sink, the new admin sets a
 * password through Keycloak, signs in to their company and invites a colleague.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingBrowserIT {

  private static final String BRAND_ADMIN = "it.onboarding.brandadmin";
  private static final String COMPANY = "深圳星达电子有限公司";
  private static final String PASSWORD = "Xingda@2026-set";

  private static PortalStack stack;

  @BeforeAll
  static void brandAdmin() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
  }

  @Test
  @Order(1)
  void applyApproveSetPasswordSignInAndInviteAColleague() throws Exception {
    var uscc = TestCompanies.randomUscc();
    var applicant = "chen.xing@xingda.example";

    try (var browser = Browser.open("zh-CN")) {
      browser.go(stack.portalUrl() + "/apply");
      fill(
          browser,
          Map.of(
              "companyName", COMPANY,
              "uscc", uscc,
              "region", "广东省深圳市",
              "familyName", "陈",
              "givenName", "星",
              "email", applicant,
              "phone", "+86 755 8888 6666",
              "jobTitle", "总经理",
              "message", "<b>希望</b>成为华南区经销商"));
      browser.waitFor(By.id("apply-submit")).click();
      assertThat(browser.waitFor(By.id("apply-thanks")).getText())
          .contains("A-")
          .contains(applicant);
      browser.screenshot("onboarding-applied-zh");

      // the same company once more: refused at the code, with the reason next to the field
      browser.go(stack.portalUrl() + "/apply?lang=en");
      fill(
          browser,
          Map.of(
              "companyName", "Xingda Electronics",
              "uscc", uscc,
              "familyName", "Chen",
              "givenName", "Xing",
              "email", "other@xingda.example",
              "phone", "0755-88886666"));
      browser.waitFor(By.id("apply-submit")).click();
      assertThat(browser.waitFor(By.id("apply-uscc-error")).getText()).isNotBlank();
      assertThat(browser.waitFor(By.id("apply-banner")).getText()).contains("correct");
    }

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, BRAND_ADMIN);
      browser.go(stack.portalUrl() + "/applications");
      browser.waitForVaadin();
      browser
          .waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + COMPANY + "']"))
          .click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("application-facts")).getText())
          .contains(uscc)
          .contains("<b>希望</b>成为华南区经销商");
      var manager = browser.waitFor(By.cssSelector("#approve-channel-manager input"));
      manager.sendKeys("zhang.wei");
      browser.waitFor(By.id("application-approve")).click();
      browser.waitForVaadin();
      assertThat(browser.visibleText()).contains("已批准");
      assertThat(browser.waitFor(By.id("application-history")).getText())
          .contains("收到申请 · anonymous")
          .contains("已批准 · " + BRAND_ADMIN);
      browser.screenshot("onboarding-approved-zh");
    }

    var invitation = stack.mailSink().awaitMessageTo(applicant, 30_000);
    var link = MailSink.firstLink(invitation);
    assertThat(link).startsWith(stack.keycloakUrl() + "/realms/partners/");

    try (var browser = Browser.open("zh-CN")) {
      browser.go(link);
      proceedIfAsked(browser);
      browser.waitFor(By.id("password-new")).sendKeys(PASSWORD);
      browser.waitFor(By.id("password-confirm")).sendKeys(PASSWORD);
      browser.waitFor(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
      // leaving before Keycloak has answered the form left the required action half done, and the
      // next visit showed its "Account updated" page instead of the portal
      awaitGone(browser, By.id("kc-passwd-update-form"));

      browser.go(stack.portalUrl() + "/");
      signInAfterPasswordChange(browser, applicant);
      browser.waitForVaadin();
      assertThat(browser.visibleText()).contains(COMPANY);

      browser.go(stack.portalUrl() + "/team");
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("team-grid")).getText()).contains(applicant);
      browser.waitFor(By.id("team-invite")).click();
      browser.waitFor(By.cssSelector("#invite-email input")).sendKeys("li.ming@qq.com");
      browser.waitFor(By.cssSelector("#invite-family-name input")).sendKeys("李");
      browser.waitFor(By.cssSelector("#invite-given-name input")).sendKeys("明");
      browser.waitFor(By.id("invite-send")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("invite-email")).getAttribute("invalid")).isNotNull();

      var email = browser.waitFor(By.cssSelector("#invite-email input"));
      email.clear();
      email.sendKeys("li.ming@xingda.example");
      browser.waitFor(By.id("invite-send")).click();
      browser.waitForVaadin();
      assertThat(browser.visibleText()).contains("li.ming@xingda.example");
      browser.screenshot("onboarding-team-zh");
    }

    var colleague = stack.mailSink().awaitMessageTo("li.ming@xingda.example", 30_000);
    assertThat(MailSink.firstLink(colleague)).startsWith(stack.keycloakUrl() + "/realms/partners/");
  }

  /** Echoed input is text, never markup; a form with errors costs the applicant no quota. */
  @Test
  @Order(2)
  void theFormEchoesInputEscaped() throws Exception {
    var form = new ApplyForm(stack.portalUrl());

    var answer = form.post(Map.of("companyName", "<script>alert(1)</script>", "uscc", "123"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)")
        .contains("id=\"apply-uscc-error\"");
  }

  /** The third application from one address within ten minutes is the last. */
  @Test
  @Order(3)
  void theFormIsRateLimitedPerClient() throws Exception {
    var form = new ApplyForm(stack.portalUrl());
    HttpResponse<String> answer = null;
    for (int i = 0; i < 4; i++) {
      answer =
          form.post(
              Map.of(
                  "companyName",
                  "限流测试" + i + "贸易有限公司",
                  "uscc",
                  TestCompanies.randomUscc(),
                  "familyName",
                  "周",
                  "givenName",
                  "测",
                  "email",
                  "apply" + i + "@limit" + i + ".example",
                  "phone",
                  "0755-1234567" + i));
      if (answer.statusCode() == 429) {
        break;
      }
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(answer.body()).contains("id=\"apply-banner\"");
    assertThat(form.get().statusCode()).isEqualTo(200);
  }

  /** The public page as a script sees it: a session cookie and the form's token. */
  private static final class ApplyForm {
    private final String url;
    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    ApplyForm(String portalUrl) {
      this.url = portalUrl + "/apply";
    }

    HttpResponse<String> get() throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create(url + "?lang=en")).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(Map<String, String> fields) throws Exception {
      var page = get().body();
      var matcher = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(page);
      assertThat(matcher.find()).as("token on the page").isTrue();
      var body = new StringBuilder("token=" + matcher.group(1));
      fields.forEach(
          (name, value) ->
              body.append('&')
                  .append(name)
                  .append('=')
                  .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
      return client.send(
          HttpRequest.newBuilder(URI.create(url + "?lang=en"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Keycloak may first show what the link will do, with a link to go on. */
  /**
   * Ends on the portal signed in as {@code username}: through the login form, or, if Keycloak still
   * shows its "Account updated" page, through that page's link back to the portal.
   */
  private static void signInAfterPasswordChange(Browser browser, String username) {
    long until = System.nanoTime() + 60_000_000_000L;
    while (!browser.driver().getCurrentUrl().startsWith(stack.portalUrl())) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Not back on the portal: " + browser.driver().getCurrentUrl());
      }
      if (!browser.all(By.id("username")).isEmpty()) {
        new KeycloakLoginPage(browser).loginAsPartner(username, PASSWORD);
      } else if (!browser.all(By.cssSelector("#kc-info-message a")).isEmpty()) {
        browser.all(By.cssSelector("#kc-info-message a")).get(0).click();
      } else {
        sleep(250);
      }
    }
    browser.waitForUrlStartingWith(stack.portalUrl());
  }

  private static void awaitGone(Browser browser, By by) {
    long until = System.nanoTime() + 30_000_000_000L;
    while (!browser.all(by).isEmpty()) {
      if (System.nanoTime() > until) {
        throw new AssertionError(by + " still there on " + browser.driver().getCurrentUrl());
      }
      sleep(250);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void proceedIfAsked(Browser browser) {
    browser.waitFor(
        By.cssSelector(
            "#password-new, #kc-info-message a, .instruction a, a[href*='login-actions']"));
    if (browser.all(By.id("password-new")).isEmpty()) {
      var next = browser.all(By.cssSelector("#kc-info-message a, a[href*='login-actions']"));
      next.get(0).click();
    }
  }

  private static void fill(Browser browser, Map<String, String> values) {
    values.forEach((field, value) -> browser.waitFor(By.id("apply-" + field)).sendKeys(value));
  }
}
