package com.channelportal.registration;

import static com.channelportal.identity.Pages.inChinese;
import static com.channelportal.identity.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakAdmin;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Deal registration in real browsers, in Chinese: a partner user fills the form (a wrong USCC is
 * refused as typed), submits and sees the claim approved with its protection date; a user of
 * another partner registers the same customer and sees it under review, nothing more; a brand admin
 * opens that registration, reads the conflict's reasons and follows it to the first claim.
 */
@ExtendWith(StackExtension.class)
class RegistrationBrowserIT {

  private static final String BRAND_ADMIN = "it.registration.browser.admin";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");

  private static PortalStack stack;

  @BeforeAll
  static void brandAdmin() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
  }

  @Test
  void twoPartnersClaimOneCustomerAndTheBrandSeesWhy() {
    var name = TestCustomers.uniqueName("自动化设备有限公司");
    var uscc = TestCompanies.randomUscc();
    var closeDate = LocalDate.now(BRAND_ZONE).plusMonths(3).toString();

    String firstNumber;
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      var restoreLanguage = inChinese(browser);
      openForm(browser);
      type(browser, "customer-uscc", "91440300MA5DLT2K0Q");
      type(browser, "customer-name", name);
      assertThat(browser.waitFor(By.id("customer-uscc")).getAttribute("invalid")).isNotNull();
      assertThat(browser.visibleText()).contains("校验位与前 17 位不符");
      browser.screenshot("registration-form-uscc-refused-zh");

      fill(browser, name, uscc, closeDate);
      assertThat(
              browser
                  .waitFor(By.cssSelector("#registration-close-date input"))
                  .getAttribute("value"))
          .isEqualTo(closeDate);
      browser.screenshot("registration-form-filled-zh");
      submit(browser);

      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("已批准");
      assertThat(browser.waitFor(By.id("registration-outcome")).getText())
          .matches("已批准：该客户由您保护至 \\d{4}-\\d{2}-\\d{2}。");
      firstNumber = browser.waitFor(By.id("registration-title")).getText().split(" · ")[0];
      assertThat(firstNumber).matches("DR-\\d{4}-\\d{6}");
      assertThat(browser.waitFor(By.id("registration-history")).getText())
          .contains("草稿 → 已提交 · litai.user")
          .contains("已提交 → 已批准 · 系统自动");
      assertThat(text(browser, "registration-facts"))
          .contains(uscc)
          .contains("生产加工制造")
          .contains("深圳")
          .contains("<b>客户</b>计划更新生产线");
      assertThat(browser.waitFor(By.id("registrations-grid")).getText())
          .contains(firstNumber)
          .contains("¥1,250,000.00")
          .contains(closeDate);
      browser.screenshot("registration-approved-zh");
      restoreLanguage.run();
    }

    String secondUrl;
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      var restoreLanguage = inChinese(browser);
      openForm(browser);
      fill(browser, name, uscc, closeDate);
      submit(browser);

      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("审核中");
      assertThat(browser.waitFor(By.id("registration-outcome")).getText())
          .isEqualTo("审核中：此报备将由渠道经理决定。");
      assertThat(
              browser.all(By.id("registration-conflicts")).stream().noneMatch(e -> e.isDisplayed()))
          .isTrue();
      assertThat(browser.visibleText())
          .doesNotContain(firstNumber)
          .doesNotContain("利泰")
          .doesNotContain("litai");
      secondUrl = browser.driver().getCurrentUrl();
      assertThat(secondUrl).matches(".*/registrations/\\d+");
      browser.screenshot("registration-under-review-zh");
      restoreLanguage.run();
    }

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, BRAND_ADMIN);
      var restoreLanguage = inChinese(browser);
      browser.go(secondUrl);
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("registration-status")).getText()).isEqualTo("审核中");
      var panel = browser.waitFor(By.id("registration-conflicts"));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", panel);
      var conflicts = panel.getText();
      assertThat(conflicts)
          .contains("合作伙伴的报备")
          .contains("匹配度")
          .contains("统一社会信用代码 " + uscc + " 相同")
          .contains(firstNumber)
          .contains("深圳利泰机电有限公司");
      assertThat(text(browser, "registration-facts")).contains("华南电气有限公司");
      browser.screenshot("registration-conflicts-brand-zh");

      var link = browser.waitFor(By.cssSelector("#conflict-0 a"));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", link);
      link.click();
      browser.waitForVaadin();
      // the link opens the first claim in the same view: its detail replaces the second's
      assertThat(text(browser, "registration-title")).startsWith(firstNumber);
      assertThat(text(browser, "registration-status")).isEqualTo("已批准");
      assertThat(text(browser, "registration-conflicts")).contains("冲突检查未发现问题");
      browser.script("document.getElementById('registration-conflicts').scrollIntoView()");
      browser.screenshot("registration-first-claim-brand-zh");
      restoreLanguage.run();
    }
  }

  @Test
  void thePartnerChecksAvailabilityWithoutLearningWho() {
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      var restoreLanguage = inChinese(browser);
      browser.go(stack.portalUrl() + "/availability");
      browser.waitForVaadin();
      type(browser, "availability-query", "高朋集团");
      browser.waitFor(By.id("availability-check")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("availability-answer")).getText())
          .startsWith("由品牌直销跟进")
          .doesNotContain("zhao.lei");

      var query = browser.waitFor(By.cssSelector("#availability-query input"));
      query.sendKeys(Keys.chord(Keys.CONTROL, "a"), TestCustomers.uniqueName("贸易有限公司"));
      browser.waitFor(By.id("availability-check")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("availability-answer")).getText()).startsWith("可以报备");
      browser.screenshot("availability-free-zh");
      restoreLanguage.run();
    }
  }

  private static void openForm(Browser browser) {
    browser.go(stack.portalUrl() + "/registrations");
    browser.waitForVaadin();
    browser.waitFor(By.id("registrations-new")).click();
    browser.waitFor(By.cssSelector("#customer-name input"));
    browser.waitForVaadin();
  }

  private static void fill(Browser browser, String name, String uscc, String closeDate) {
    retype(browser, "customer-name", name);
    retype(browser, "customer-uscc", uscc);
    var industry = browser.waitFor(By.cssSelector("#customer-industry input"));
    industry.sendKeys("生产加工制造");
    // a combo box commits what was typed only once its items have arrived, as a user would wait
    browser.waitForVaadin();
    industry.sendKeys(Keys.TAB);
    browser.waitForVaadin();
    assertThat(chosen(browser, "customer-industry")).isTrue();
    type(browser, "customer-city", "深圳");
    type(browser, "registration-contact-name", "陈经理");
    type(browser, "registration-contact-phone", "0755-8888 6666");
    type(browser, "line-product-0", "伺服电机 SM-200");
    type(browser, "line-quantity-0", "12");
    type(browser, "registration-amount", "1250000");
    var date = browser.waitFor(By.cssSelector("#registration-close-date input"));
    date.sendKeys(closeDate, Keys.ENTER);
    browser.waitForVaadin();
    type(browser, "registration-probability", "60");
    type(browser, "registration-notes", "<b>客户</b>计划更新生产线");
  }

  /** Whether a combo box holds a value (an item or a custom one), not just typed text. */
  private static boolean chosen(Browser browser, String id) {
    return Boolean.TRUE.equals(
        browser.script("return !!document.getElementById(arguments[0]).value", id));
  }

  private static void submit(Browser browser) {
    browser.waitFor(By.id("registration-submit")).click();
    browser.waitFor(By.id("submit-confirm-button")).click();
    browser.waitForVaadin();
  }

  private static void type(Browser browser, String id, String text) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    input.sendKeys(text, Keys.TAB);
    browser.waitForVaadin();
  }

  private static void retype(Browser browser, String id, String text) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    browser.waitForVaadin();
  }
}
