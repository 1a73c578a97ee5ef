package com.channelportal.identity;

import com.channelportal.support.Browser;
import org.openqa.selenium.By;

/** The portal shell's header controls, as the browser tests use them. */
final class HomePage {

  private HomePage() {}

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
