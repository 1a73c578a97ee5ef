package com.channelportal.dealteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakAdmin;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deal team in a real browser: the partner's channel manager gives the submitter a task on the
 * deal's page and mentions them in a comment; the partner user finds the task under "My tasks" and
 * both notifications in the bell's list.
 */
@ExtendWith(StackExtension.class)
class DealTeamBrowserIT {

  private static final String MANAGER = "it.dealteam.browser.cm";
  private static final String BRAND_ADMIN = "it.dealteam.brandadmin";

  private static PortalStack stack;
  private static DealTeamApi api;
  private static Runnable restoreManager;

  @BeforeAll
  static void personas() {
    stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    admin.ensureUser(MANAGER, stack.demoPassword(), "brand", "channel-manager");
    admin.ensureUser(BRAND_ADMIN, stack.demoPassword(), "brand", "brand-admin");
    api = new DealTeamApi(stack);
    restoreManager = api.assignChannelManager("huanan", MANAGER, BRAND_ADMIN);
  }

  @AfterAll
  static void restore() {
    if (restoreManager != null) {
      restoreManager.run();
    }
  }

  @Test
  void theManagerAssignsAndMentionsAndThePartnerUserSeesBoth() {
    var deal = api.deal("huanan.user");
    var title = "寄送样机 " + ThreadLocalRandom.current().nextInt(100_000);

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, MANAGER);
      browser.go(stack.portalUrl() + "/deals/" + DealTeamApi.idOf(deal) + "/team");
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("deal-team-grid")).getText()).contains("huanan.user");

      // required fields are marked before anything is sent
      click(browser, "deal-task-create");
      assertThat(browser.waitFor(By.id("deal-task-title")).getAttribute("invalid")).isNotNull();
      browser.screenshot("dealteam-task-required-zh");

      type(browser, "deal-task-title", title);
      choose(browser, "deal-task-assignee", "huanan.user");
      var date = browser.waitFor(By.cssSelector("#deal-task-due-date input"));
      date.sendKeys(LocalDate.now().plusDays(5).toString(), Keys.ENTER);
      browser.waitForVaadin();
      click(browser, "deal-task-create");
      assertThat(browser.waitFor(By.id("deal-task-detail-title")).getText()).isEqualTo(title);

      choose(browser, "deal-task-mention", "huanan.user");
      var comment = browser.waitFor(By.cssSelector("#deal-task-comment textarea"));
      // the field sends its value when it is left, as a user clicking "send" leaves it
      comment.sendKeys("样机周五前寄到客户处", Keys.TAB);
      click(browser, "deal-task-comment-send");
      assertThat(browser.waitFor(By.id("deal-task-comments")).getText())
          .contains("@huanan.user", "样机周五前寄到客户处");
      browser.screenshot("dealteam-deal-page-manager-zh");
    }

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      browser.go(stack.portalUrl() + "/tasks");
      browser.waitForVaadin();
      browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]"));
      browser.screenshot("dealteam-my-tasks-partner-zh");

      var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(2));
      wait.until(
          driver -> {
            browser.go(stack.portalUrl() + "/notifications");
            browser.waitForVaadin();
            var text = browser.visibleText();
            // the mention quotes the comment, whatever language the user reads the titles in
            return text.contains(title) && text.contains("样机周五前寄到客户处") ? text : null;
          });
      browser.screenshot("dealteam-notifications-partner-zh");
    }
  }

  /** Clicks like a user who scrolled to it, also when the drawer or a toast covers it. */
  private static void click(Browser browser, String id) {
    var element = browser.waitFor(By.id(id));
    browser.script(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    browser.waitForVaadin();
  }

  private static void type(Browser browser, String id, String text) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    input.sendKeys(text, Keys.TAB);
    browser.waitForVaadin();
  }

  /** Types into a combo box and takes the item once the items have arrived. */
  private static void choose(Browser browser, String id, String item) {
    var input = browser.waitFor(By.cssSelector("#" + id + " input"));
    input.sendKeys(item);
    browser.waitForVaadin();
    input.sendKeys(Keys.ENTER);
    browser.waitForVaadin();
  }
}
