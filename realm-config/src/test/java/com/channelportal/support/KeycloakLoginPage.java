package com.channelportal.support;

import org.openqa.selenium.By;

/**
 * Keycloak's login page. With organizations enabled it asks for the username first and the password
 * on a second page; a brand e-mail on the first page leads to the intranet's login.
 */
public final class KeycloakLoginPage {

  private final Browser browser;

  public KeycloakLoginPage(Browser browser) {
    this.browser = browser;
  }

  public void loginAsPartner(String username, String password) {
    enterUsername(username);
    enterPassword(password);
  }

  /** Types the brand e-mail in the partners realm, then logs in at the brand intranet. */
  public void loginThroughBrandIntranet(
      String keycloakUrl, String email, String username, String password) {
    enterUsername(email);
    browser.waitForUrlStartingWith(keycloakUrl + "/realms/brand-intranet/");
    var user = browser.waitFor(By.id("username"));
    user.clear();
    user.sendKeys(username);
    browser.waitFor(By.id("password")).sendKeys(password);
    browser.waitFor(By.id("kc-login")).click();
  }

  public boolean isShown() {
    return !browser.all(By.id("username")).isEmpty() || !browser.all(By.id("kc-login")).isEmpty();
  }

  private void enterUsername(String username) {
    var field = browser.waitFor(By.id("username"));
    field.clear();
    field.sendKeys(username);
    browser.waitFor(By.id("kc-login")).click();
  }

  private void enterPassword(String password) {
    browser.waitFor(By.id("password")).sendKeys(password);
    browser.waitFor(By.id("kc-login")).click();
  }
}
