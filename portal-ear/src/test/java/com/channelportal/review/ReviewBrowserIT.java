package com.channelportal.review;

import static com.channelportal.identity.Pages.choose;
import static com.channelportal.identity.Pages.gridRowText;
import static com.channelportal.identity.Pages.inChinese;
import static com.channelportal.identity.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakAdmin;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The conflict desk in real browsers, in Chinese: litai and huanan claim the same customer (through
 * the API, the form has its own browser test); a brand admin finds huanan's claim in the queue,
 * opens both side by side with the matcher's reasons, is stopped by the dialog without a rationale,
 * and rejects the claim as a duplicate; huanan's user then reads the rejection and its rationale in
 * Chinese, with the appeal offered and nothing about litai.
 */
@ExtendWith(StackExtension.class)
class ReviewBrowserIT {

  private static final String BRAND_ADMIN = "it.review.browser.admin";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String RATIONALE = "该客户已由另一合作伙伴更早报备，资料一致，按重复报备驳回。";
  private static final String TRADE_NAME_CHARACTERS = "鹏翎璟瑞澜珂骁琨岚琰曦砚钧霁韬璇沅翊骞珩桦楠晗煜";

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
  void theManagerRulesSideBySideAndTheLoserReadsItInChinese() {
    var customer = ApiClaims.customer("深圳", TRADE_NAME_CHARACTERS, "精密仪器有限公司");
    var first = ApiClaims.submitted(stack, client, "litai.user", customer);
    var second = ApiClaims.submitted(stack, client, "huanan.user", customer);
    assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
    var id = second.getJsonNumber("id").longValue();
    var number = second.getString("number");

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, BRAND_ADMIN);
      var restoreLanguage = inChinese(browser);
      browser.go(stack.portalUrl() + "/reviews");
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("冲突裁决");
      assertThat(gridRowText(browser, "review-queue-grid", number)).contains(number);
      browser.screenshot("review-queue-zh");

      browser.go(stack.portalUrl() + "/review/" + id);
      browser.waitForVaadin();
      assertThat(text(browser, "review-title")).startsWith(number);
      var sideBySide = text(browser, "review-side-by-side");
      assertThat(sideBySide).contains("深圳利泰机电有限公司").contains(customer.getString("uscc"));
      var claims = text(browser, "review-claims");
      assertThat(claims)
          .contains("统一社会信用代码 " + customer.getString("uscc") + " 相同")
          .contains(first.getString("number"))
          .contains("最早报备");
      browser.screenshot("review-side-by-side-zh");

      browser.waitFor(By.id("review-rule")).click();
      browser.waitForVaadin();
      choose(browser, "vaadin-radio-button", "驳回本报备");
      browser.waitFor(By.id("ruling-save")).click();
      browser.waitForVaadin();
      assertThat(browser.visibleText()).contains("请选择驳回原因").contains("请填写理由");
      assertThat(browser.visibleText()).contains("合作伙伴会看到此理由");
      browser.screenshot("review-ruling-refused-zh");
      browser.waitFor(By.id("ruling-reason")).click();
      browser.waitForVaadin();
      choose(browser, "vaadin-select-item", "与更早的报备重复");
      var rationale = browser.waitFor(By.cssSelector("#ruling-rationale textarea"));
      rationale.sendKeys(RATIONALE, Keys.TAB);
      browser.waitForVaadin();
      browser.screenshot("review-ruling-filled-zh");
      browser.waitFor(By.id("ruling-save")).click();
      browser.waitForVaadin();
      assertThat(text(browser, "review-summary")).contains("已驳回");
      assertThat(text(browser, "review-rulings")).contains("与更早的报备重复").contains(RATIONALE);
      browser.screenshot("review-ruled-zh");
      restoreLanguage.run();
    }

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      var restoreLanguage = inChinese(browser);
      browser.go(stack.portalUrl() + "/registrations/" + id);
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("已驳回");
      assertThat(text(browser, "registration-rulings"))
          .contains("您的报备已被驳回")
          .contains("与更早的报备重复")
          .contains(RATIONALE);
      assertThat(browser.waitFor(By.id("registration-appeal")).getText()).isEqualTo("对驳回提出申诉");
      assertThat(browser.visibleText())
          .doesNotContain(first.getString("number"))
          .doesNotContain("利泰")
          .doesNotContain("litai");
      browser.script(
          "document.getElementById('registration-rulings').scrollIntoView({block: 'center'})");
      browser.screenshot("review-rejection-partner-zh");
      restoreLanguage.run();
    }
  }
}
