package com.channelportal.direct;

import static com.channelportal.identity.Pages.inChinese;
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
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Direct sales in a real browser, in Chinese: a partner has registered a customer (through the
 * API); a brand sales person records an opportunity for the same customer, sees it flagged with the
 * partner's claim and the matcher's reasons, and logs a visit that keeps the protection alive.
 */
@ExtendWith(StackExtension.class)
class DirectOpportunityBrowserIT {

  private static final String SALES = "it.direct.browser.sales";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TRADE_NAME_CHARACTERS = "翰墨澄渊沐泓琪瑜璞琛瀚珏锦霖熠琅璋骏晟";

  private static PortalStack stack;

  @BeforeAll
  static void brandSales() {
    stack = StackExtension.stack();
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(SALES, stack.demoPassword(), "brand", "brand-sales");
  }

  @Test
  void brandSalesRecordAnOpportunityAndSeeThePartnersClaim() {
    var name = uniqueName();
    var uscc = TestCompanies.randomUscc();
    var claim = registerAsPartner(name, uscc);

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, SALES);
      var restoreLanguage = inChinese(browser);
      browser.go(stack.portalUrl() + "/direct-opportunities");
      browser.waitForVaadin();
      browser.waitFor(By.id("direct-new")).click();
      browser.waitForVaadin();
      type(browser, "direct-title", "产线自动化改造");
      type(browser, "direct-customer-uscc", "91440300MA5DLT2K0Q");
      assertThat(browser.waitFor(By.id("direct-customer-uscc")).getAttribute("invalid"))
          .isNotNull();
      retype(browser, "direct-customer-uscc", uscc);
      type(browser, "direct-customer-name", name);
      type(browser, "direct-customer-city", "佛山");
      type(browser, "direct-amount", "880000");
      var date = browser.waitFor(By.cssSelector("#direct-close-date input"));
      date.sendKeys(LocalDate.now(BRAND_ZONE).plusMonths(2).toString(), Keys.ENTER);
      browser.waitForVaadin();
      browser.screenshot("direct-form-filled-zh");
      browser.waitFor(By.id("direct-save")).click();
      browser.waitForVaadin();

      assertThat(text(browser, "direct-status")).isEqualTo("跟进中");
      assertThat(text(browser, "direct-conflict-flag")).startsWith("与合作伙伴对该客户的报备冲突");
      assertThat(text(browser, "direct-protection")).contains("保护该客户至");
      assertThat(text(browser, "direct-conflicts"))
          .contains("合作伙伴的报备")
          .contains("匹配度")
          .contains("统一社会信用代码 " + uscc + " 相同")
          .contains(claim);
      assertThat(browser.driver().getCurrentUrl()).matches(".*/direct-opportunities/\\d+");
      browser.screenshot("direct-conflict-zh");

      type(browser, "direct-activity-note", "拜访设备科，<b>演示</b>方案");
      var add = browser.waitFor(By.id("direct-activity-add"));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", add);
      add.click();
      browser.waitForVaadin();
      assertThat(text(browser, "direct-activity-list"))
          .contains("拜访")
          .contains(SALES)
          .contains("拜访设备科，<b>演示</b>方案");
      assertThat(text(browser, "direct-facts")).contains("最近跟进");
      assertThat(text(browser, "direct-grid")).contains(name).contains("¥880,000.00");
      browser.screenshot("direct-activity-zh");
      restoreLanguage.run();
    }
  }

  /** Litai's user registers the customer through the API; the registration's number. */
  private static String registerAsPartner(String name, String uscc) {
    var client =
        new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    var token = "Bearer " + client.accessToken("litai.user");
    var form =
        Json.createObjectBuilder()
            .add("customer", Json.createObjectBuilder().add("name", name).add("uscc", uscc))
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
    return Http.json(submitted).getString("number");
  }

  private static String uniqueName() {
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("佛山");
    for (int i = 0; i < 5; i++) {
      name.append(TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return name + "智能装备有限公司";
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
