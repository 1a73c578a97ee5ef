package com.channelportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.HomePage;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bell in a real browser: a partner user's new notification shows in the unread count, the
 * notifications page lists it, and a click on it opens the registration and counts it read.
 */
@ExtendWith(StackExtension.class)
class NotificationBrowserIT {

  @Test
  void theBellCountsTheUnreadAndAClickOpensTheRegistration() throws Exception {
    PortalStack stack = StackExtension.stack();
    var client =
        new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    var claim =
        Claims.submit(
            stack, client, "huanan.user", Claims.uniqueCustomerName(), TestCompanies.randomUscc());
    var number = claim.getString("number");
    var id = claim.getJsonNumber("id").longValue();

    try (var browser = Browser.open("zh-CN")) {
      HomePage.openAs(browser, stack, "huanan.user");
      // the dispatch follows the commit by a moment: a navigation recounts
      var unread = awaitCount(browser, stack);
      assertThat(unread).isPositive();
      browser.screenshot("notification-bell");

      browser.waitFor(By.id("notification-bell")).click();
      browser.waitForUrlStartingWith(stack.portalUrl() + "/notifications");
      browser.waitForVaadin();
      var entry =
          browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + number + "')]"));
      browser.screenshot("notifications-list");
      entry.click();

      browser.waitForUrlStartingWith(stack.portalUrl() + "/registrations/" + id);
      browser.waitForVaadin();
      assertThat(browser.waitFor(By.id("registration-title")).getText()).contains(number);
      assertThat(count(browser)).isEqualTo(unread - 1);
    }
  }

  private static long awaitCount(Browser browser, PortalStack stack) {
    var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(2));
    return wait.until(
        driver -> {
          browser.go(stack.portalUrl() + "/notifications");
          browser.waitForVaadin();
          var count = count(browser);
          return count > 0 ? count : null;
        });
  }

  private static long count(Browser browser) {
    browser.waitFor(By.id("notification-bell"));
    // without unread notifications the count is hidden, not zero
    var badges = browser.all(By.id("notification-count"));
    if (badges.isEmpty() || !badges.get(0).isDisplayed()) {
      return 0;
    }
    return Long.parseLong(badges.get(0).getText().replace("+", "").strip());
  }
}
