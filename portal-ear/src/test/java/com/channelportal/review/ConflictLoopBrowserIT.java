package com.channelportal.review;

import static com.channelportal.identity.Pages.choose;
import static com.channelportal.identity.Pages.gridRowText;
import static com.channelportal.identity.Pages.inChinese;
import static com.channelportal.identity.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakLoginPage;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Issue 5's "done when", end to end with the demo people: huanan and litai claim the same customer;
 * litai's channel manager zhang.wei arrives through the brand intranet's SSO, sees both claims side
 * by side with the matcher's reasons and rejects litai's later one; litai's user reads the ruling
 * and its notification (bell and mail) in Chinese, without a word about huanan; huanan's protection
 * then ends by the scheduler. The protection is shortened in the database (the portal's clock is
 * real here) and the test stack runs the expiry job every few seconds, so no wait is longer than
 * the job's slot.
 */
@ExtendWith(StackExtension.class)
class ConflictLoopBrowserIT {

  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String LOSER_MAIL = "wang.jianxin@litai.example";
  private static final String RATIONALE = "另一合作伙伴更早报备了同一客户，资料一致，按重复报备驳回。";
  private static final String NAME_CHARACTERS = "岱岳嵩崇峻峨岷巍峦嶂崖峪岗峡";

  private static PortalStack stack;
  private static TestClient client;

  @BeforeAll
  static void tokens() {
    stack = StackExtension.stack();
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @Test
  void twoPartnersOneCustomerTheManagerRulesTheLoserReadsChineseTheWinnerExpires()
      throws Exception {
    Runnable restoreLoserLanguage;
    try (var browser = Browser.open("zh-CN")) {
      // the ruling's mail is written in the language the user last chose in the portal
      HomePage.openAs(browser, stack, "litai.user");
      restoreLoserLanguage = inChinese(browser);
    }
    var customer = ApiClaims.customer("东莞", NAME_CHARACTERS, "自动化科技有限公司");
    var winner = ApiClaims.submitted(stack, client, "huanan.user", customer);
    assertThat(winner.getString("status")).isEqualTo("APPROVED");
    var loser = ApiClaims.submitted(stack, client, "litai.user", customer);
    assertThat(loser.getString("status")).isEqualTo("UNDER_REVIEW");
    var loserId = loser.getJsonNumber("id").longValue();

    try (var browser = Browser.open("zh-CN")) {
      signInThroughIntranet(browser, "zhang.wei");
      var restoreManagerLanguage = inChinese(browser);
      browser.go(stack.portalUrl() + "/reviews");
      browser.waitForVaadin();
      assertThat(gridRowText(browser, "review-queue-grid", loser.getString("number")))
          .contains(loser.getString("number"));
      browser.screenshot("loop-queue-zhang-wei");

      browser.go(stack.portalUrl() + "/review/" + loserId);
      browser.waitForVaadin();
      assertThat(text(browser, "review-side-by-side"))
          .contains("深圳利泰机电有限公司")
          .contains(customer.getString("uscc"));
      assertThat(text(browser, "review-claims"))
          .contains("统一社会信用代码 " + customer.getString("uscc") + " 相同")
          .contains(winner.getString("number"))
          .contains("最早报备");
      browser.screenshot("loop-side-by-side-zhang-wei");

      reject(browser);
      assertThat(text(browser, "review-summary")).contains("已驳回");
      assertThat(text(browser, "review-rulings")).contains("与更早的报备重复").contains(RATIONALE);
      browser.screenshot("loop-ruled-zhang-wei");
      restoreManagerLanguage.run();
    }

    var mail =
        stack
            .mailSink()
            .awaitMessage(LOSER_MAIL, "报备 " + loser.getString("number") + " 被驳回", 60_000);
    assertThat(MailSink.plainText(mail)).contains("您可以申诉一次").doesNotContain("华南");

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.go(stack.portalUrl() + "/notifications");
      browser.waitForVaadin();
      browser.waitFor(
          By.xpath(
              "//vaadin-grid-cell-content[contains(., '报备 "
                  + loser.getString("number")
                  + " 被驳回')]"));
      browser.screenshot("loop-loser-notifications-zh");
      browser.go(stack.portalUrl() + "/registrations/" + loserId);
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("已驳回");
      assertThat(text(browser, "registration-rulings"))
          .contains("您的报备已被驳回")
          .contains("与更早的报备重复")
          .contains(RATIONALE);
      assertThat(browser.visibleText())
          .doesNotContain(winner.getString("number"))
          .doesNotContain("华南")
          .doesNotContain("huanan");
      browser.script(
          "document.getElementById('registration-rulings').scrollIntoView({block: 'center'})");
      browser.screenshot("loop-loser-ruling-zh");
      restoreLoserLanguage.run();
    }

    var winnerId = winner.getJsonNumber("id").longValue();
    endProtectionTheDayBeforeYesterday(winnerId);
    awaitStatus("huanan.user", winnerId, "EXPIRED");
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      var restore = inChinese(browser);
      browser.go(stack.portalUrl() + "/registrations/" + winnerId);
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("已过期");
      browser.screenshot("loop-winner-expired-zh");
      restore.run();
    }
  }

  private static void signInThroughIntranet(Browser browser, String username) {
    browser.go(stack.portalUrl() + "/");
    browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
    new KeycloakLoginPage(browser)
        .loginThroughBrandIntranet(
            stack.keycloakUrl(), username + "@brand.example", username, stack.demoPassword());
    browser.waitForUrlStartingWith(stack.portalUrl());
    browser.waitForVaadin();
  }

  private static void reject(Browser browser) {
    browser.waitFor(By.id("review-rule")).click();
    browser.waitForVaadin();
    choose(browser, "vaadin-radio-button", "驳回本报备");
    browser.waitFor(By.id("ruling-reason")).click();
    browser.waitForVaadin();
    choose(browser, "vaadin-select-item", "与更早的报备重复");
    browser.waitFor(By.cssSelector("#ruling-rationale textarea")).sendKeys(RATIONALE, Keys.TAB);
    browser.waitForVaadin();
    browser.waitFor(By.id("ruling-save")).click();
    browser.waitForVaadin();
  }

  /**
   * The winner's last protected day moved back, as if its 90 days had passed; the job compares it
   * with the brand's today, so the next slot of the expiry job ends the protection.
   */
  private static void endProtectionTheDayBeforeYesterday(long id) throws SQLException {
    try (var db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var update =
            db.prepareStatement("UPDATE deal_registration SET protected_until = ? WHERE id = ?")) {
      update.setObject(1, LocalDate.now(BRAND_ZONE).minusDays(2));
      update.setLong(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** Polls every two seconds, well below the test stack's expiry slot. */
  private static void awaitStatus(String user, long id, String status) throws InterruptedException {
    var url = stack.portalUrl() + "/api/v1/registrations/" + id;
    var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    var seen = "";
    while (System.nanoTime() < deadline) {
      var response = Http.get(url, "Authorization", "Bearer " + client.accessToken(user));
      seen = Http.json(response).getString("status");
      if (status.equals(seen)) {
        return;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("Registration " + id + " is still " + seen + ", not " + status);
  }
}
