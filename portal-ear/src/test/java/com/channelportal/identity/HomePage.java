package com.channelportal.identity;

import com.channelportal.stack.PortalStack;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakLoginPage;
import org.openqa.selenium.By;

/** The portal's first page and its shell's header controls, as the browser tests use them. */
public final class HomePage {

  private HomePage() {}

  /** Opens the portal, is sent to the login page, logs in and waits for the portal's first page. */
  public static void openAs(Browser browser, PortalStack stack, String username) {
    browser.go(stack.portalUrl() + "/");
    browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
    new KeycloakLoginPage(browser).loginAsPartner(username, stack.demoPassword());
    browser.waitForUrlStartingWith(stack.portalUrl());
    browser.waitForVaadin();
  }

  static void switchLanguage(Browser browser, String languageTag) {
    browser.waitFor(By.id("language-switch")).click();
    browser.waitFor(By.cssSelector("[data-language='" + languageTag + "']")).click();
    browser.waitForVaadin();
  }

  static void logout(Browser browser) {
    browser.waitFor(By.id("user-menu")).click();
    browser.waitFor(By.id("logout")).click();
  }
}
