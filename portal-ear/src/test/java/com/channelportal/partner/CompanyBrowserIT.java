package com.channelportal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A distributor's own company page: everyone reads it, only its admins change the contact. */
@ExtendWith(StackExtension.class)
class CompanyBrowserIT {

  private static PortalStack stack;

  @BeforeAll
  static void stack() {
    stack = StackExtension.stack();
  }

  @Test
  void partnerAdminChangesTheContactAndBadInputGetsAFieldMessage() {
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.admin");
      browser.go(stack.portalUrl() + "/company");
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("company-name")).getText()).isEqualTo("华南电气有限公司");

      var phone = browser.waitFor(By.cssSelector("#company-contact-phone input"));
      phone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "call me maybe", Keys.TAB);
      browser.waitFor(By.id("company-save")).click();
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("company-contact-phone")).getAttribute("invalid"))
          .isNotNull();
      assertThat(browser.visibleText()).contains("请输入由数字");

      phone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "020-3876 5432", Keys.TAB);
      browser.waitFor(By.id("company-save")).click();
      browser.waitForVaadin();
      assertThat(browser.visibleText()).contains("已保存");
      browser.screenshot("company-admin-zh");

      browser.go(stack.portalUrl() + "/company");
      browser.waitForVaadin();
      assertThat(
              browser.waitFor(By.cssSelector("#company-contact-phone input")).getAttribute("value"))
          .isEqualTo("020-3876 5432");
    }
  }

  @Test
  void partnerUserSeesTheCompanyReadOnlyAndCannotOpenThePartnerList() {
    try (var browser = Browser.open("en-US")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.go(stack.portalUrl() + "/company");
      browser.waitForVaadin();

      assertThat(browser.waitFor(By.id("company-name")).getText()).isEqualTo("深圳利泰机电有限公司");
      assertThat(browser.waitFor(By.id("company-programme")).getText())
          .contains("91440300MA5DLT2K0P");
      assertThat(browser.all(By.id("company-save")).stream().noneMatch(e -> e.isDisplayed()))
          .isTrue();
      assertThat(browser.waitFor(By.id("company-contact-phone")).getAttribute("readonly"))
          .isNotNull();

      browser.go(stack.portalUrl() + "/partners");
      browser.waitForVaadin();
      assertThat(browser.all(By.id("partners-grid"))).isEmpty();
      assertThat(browser.visibleText()).doesNotContain("华南电气");
    }
  }
}
