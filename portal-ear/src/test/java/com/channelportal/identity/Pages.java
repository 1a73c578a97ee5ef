package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakLoginPage;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What the browser tests read and do on any portal view, whatever the feature. */
public final class Pages {

  private Pages() {}

  /**
   * Signs brand staff in as they do: the portal sends them to the partners realm, which sends them
   * on to the brand intranet's login.
   */
  public static void openAsBrandStaff(
      Browser browser, PortalStack stack, String email, String username) {
    browser.go(stack.portalUrl() + "/");
    browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
    new KeycloakLoginPage(browser)
        .loginThroughBrandIntranet(stack.keycloakUrl(), email, username, stack.demoPassword());
    browser.waitForUrlStartingWith(stack.portalUrl());
    browser.waitForVaadin();
  }

  /** Clicks like a user who scrolled to it, also when the drawer or a toast covers it. */
  public static void click(Browser browser, String id) {
    var element = browser.waitFor(By.id(id));
    browser.script(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    browser.waitForVaadin();
  }

  /** Types into a text field or area and leaves it, as a user does before pressing a button. */
  public static void type(Browser browser, String id, String text) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    input.sendKeys(text, Keys.TAB);
    browser.waitForVaadin();
  }

  /** All text of an element, also when it is scrolled out of sight. */
  public static String text(Browser browser, String id) {
    browser.waitForVaadin();
    var text =
        browser.script(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : null", id);
    assertThat(text).as("element #%s", id).isNotNull();
    return String.valueOf(text);
  }

  /** Clicks the visible element of this tag whose text is {@code label} (radio or overlay item). */
  public static void choose(Browser browser, String tag, String label) {
    var clicked =
        browser.script(
            "const items = [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.textContent.trim() === arguments[1]);"
                + " if (!items.length) return false;"
                + " (items[0].querySelector('input') || items[0]).click(); return true;",
            tag,
            label);
    assertThat(clicked).as("%s %s", tag, label).isEqualTo(true);
    browser.waitForVaadin();
  }

  /**
   * The text of a lazy grid once a row containing {@code expected} is rendered. A grid renders only
   * the rows in view; a queue that lists the oldest first has the row a test just made at its end,
   * out of view once other tests have filled the queue, so the grid is scrolled to its last row.
   */
  public static String gridRowText(Browser browser, String gridId, String expected) {
    var grid = browser.waitFor(By.id(gridId));
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    String text = grid.getText();
    while (!text.contains(expected) && System.nanoTime() < until) {
      browser.script("arguments[0].scrollToIndex(Math.max(0, arguments[0].size - 1))", grid);
      browser.waitForVaadin();
      text = grid.getText();
    }
    return text;
  }

  /**
   * Chinese whatever the user chose before (the choice is kept per user and decides the language of
   * their mail); the returned action gives English back if that was the choice.
   */
  public static Runnable inChinese(Browser browser) {
    // the menu speaks the UI's language; the page's lang attribute is set before the choice applies
    if (browser
        .waitFor(By.cssSelector("vaadin-side-nav-item"))
        .getText()
        .matches(".*\\p{IsHan}.*")) {
      return () -> {};
    }
    switchLanguage(browser, "zh-CN");
    return () -> switchLanguage(browser, "en");
  }

  public static void switchLanguage(Browser browser, String languageTag) {
    browser.waitFor(By.id("language-switch")).click();
    browser.waitFor(By.cssSelector("[data-language='" + languageTag + "']")).click();
    browser.waitForVaadin();
    browser.waitFor(By.id("language-switch"));
    browser.waitForVaadin();
  }
}
