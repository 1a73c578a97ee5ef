package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakLoginPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Logging in through the real Keycloak page with headless Chromium, as a user would. */
@ExtendWith(StackExtension.class)
class PortalLoginBrowserIT {

  private static PortalStack stack;

  @BeforeAll
  static void stack() {
    stack = StackExtension.stack();
  }

  @Test
  void partnerUserLogsInAndSeesTheirCompanyAndRole() {
    try (var browser = Browser.open("en-US")) {
      HomePage.openAs(browser, stack, "litai.user");

      assertThat(browser.waitFor(By.id("home-greeting")).getText()).contains("王建新");
      assertThat(browser.waitFor(By.id("home-company")).getText()).contains("深圳利泰机电有限公司");
      assertThat(browser.all(By.cssSelector("#home-roles [data-role='partner-user']"))).hasSize(1);
      assertThat(browser.all(By.cssSelector("#home-roles [data-role='channel-manager']")))
          .isEmpty();
      browser.screenshot("home-partner-user-en");
    }
  }

  @Test
  void languageSwitchTurnsTheUiChineseAndTheChoiceIsKept() {
    try (var browser = Browser.open("en-US")) {
      HomePage.openAs(browser, stack, "huanan.user");
      var english = browser.waitFor(By.id("home-greeting")).getText();
      assertThat(english).startsWith("Welcome");

      HomePage.switchLanguage(browser, "zh-CN");
      browser.waitForVaadin();

      assertThat(browser.waitFor(By.id("home-greeting")).getText()).contains("您好");
      assertThat(browser.script("return document.documentElement.lang"))
          .asString()
          .startsWith("zh");

      browser.go(stack.portalUrl() + "/");
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("home-greeting")).getText()).contains("您好");
      HomePage.switchLanguage(browser, "en");
    }
  }

  @Test
  void brandEmployeeArrivesThroughIntranetSsoAsChannelManager() {
    try (var browser = Browser.open("en-US")) {
      browser.go(stack.portalUrl() + "/");
      browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
      new KeycloakLoginPage(browser)
          .loginThroughBrandIntranet(
              stack.keycloakUrl(), "zhang.wei@brand.example", "zhang.wei", stack.demoPassword());

      browser.waitForUrlStartingWith(stack.portalUrl());
      browser.waitForVaadin();
      assertThat(browser.all(By.cssSelector("#home-roles [data-role='channel-manager']")))
          .as("roles shown: %s", browser.waitFor(By.id("home-roles")).getText())
          .hasSize(1);
      assertThat(browser.waitFor(By.id("home-company")).getText()).contains("品牌方");
      browser.screenshot("home-brand-sso");
    }
  }

  @Test
  void logoutEndsTheSessionAtThePortalAndAtKeycloak() {
    try (var browser = Browser.open("en-US")) {
      HomePage.openAs(browser, stack, "litai.admin");

      HomePage.logout(browser);

      browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
      browser.go(stack.portalUrl() + "/");
      browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
      assertThat(new KeycloakLoginPage(browser).isShown()).isTrue();
    }
  }

  @Test
  void phoneWidthHasNoHorizontalScrolling() {
    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "litai.user");
      browser.resize(390, 844);
      browser.waitForVaadin();

      var overflow =
          browser.script(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      browser.screenshot("home-phone-zh");
      assertThat(browser.waitFor(By.id("home-company")).getText()).contains("深圳利泰机电有限公司");
    }
  }
}
