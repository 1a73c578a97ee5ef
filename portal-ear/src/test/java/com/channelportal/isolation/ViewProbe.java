package com.channelportal.isolation;

import com.channelportal.isolation.TenantFixtures.Target;
import com.channelportal.isolation.ViewRoutes.ViewRoute;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakLoginPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens views in a real browser as one persona: logged in once through Keycloak's page (the slow
 * part), then reused for every route; "no token" is a browser that never logs in.
 */
final class ViewProbe implements AutoCloseable {

  record ViewCase(ViewRoute route, Persona persona, Target target, Outcome expected) {
    @Override
    public String toString() {
      return persona
          + " → view "
          + target.path()
          + (target.tenant() == null ? "" : " (object of " + target.tenant().alias() + ")")
          + " ["
          + route.view()
          + " "
          + route.rule()
          + "]";
    }
  }

  /**
   * What the page shows once Vaadin is idle (read from the ids the portal's error views set), with
   * the length of its text: a lazy grid fetches its rows in a second round trip.
   */
  private static final String PAGE_STATE =
      """
      const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
      if (!clients || Object.values(clients).some(c => c.isActive && c.isActive())) return null;
      const text = document.body ? document.body.innerText.trim() : '';
      if (document.getElementById('error-view')) return 'error:' + text.length;
      if (document.getElementById('not-found')) return 'not-found:' + text.length;
      return text ? 'view:' + text.length : null;
      """;

  private final String portalUrl;
  private final String keycloakUrl;
  private final Persona persona;
  private final Browser browser;

  private ViewProbe(String portalUrl, String keycloakUrl, Persona persona, Browser browser) {
    this.portalUrl = portalUrl;
    this.keycloakUrl = keycloakUrl;
    this.persona = persona;
    this.browser = browser;
  }

  /** A browser for the persona, logged in unless the persona is "no token". */
  static ViewProbe open(String portalUrl, String keycloakUrl, Persona persona, String password) {
    var browser = Browser.open("en-US");
    var probe = new ViewProbe(portalUrl, keycloakUrl, persona, browser);
    if (!persona.anonymous()) {
      try {
        browser.go(portalUrl + "/");
        browser.waitForUrlStartingWith(probe.loginPrefix());
        new KeycloakLoginPage(browser).loginAsPartner(persona.username(), password);
        browser.waitForUrlStartingWith(portalUrl);
        browser.waitForVaadin();
      } catch (RuntimeException | AssertionError e) {
        var page = browser.driver().getCurrentUrl() + "\n" + browser.visibleText();
        browser.close();
        throw new AssertionError("Browser login of " + persona + " failed at " + page, e);
      }
    }
    return probe;
  }

  /** Empty when the page is the expected one and shows nothing of a tenant it may not see. */
  Optional<String> check(ViewCase c) {
    if (!c.persona().equals(persona)) {
      throw new IllegalArgumentException(c + " in the browser of " + persona);
    }
    browser.go(portalUrl + c.target().path());
    String state;
    try {
      state = settledState();
    } catch (TimeoutException e) {
      return Optional.of(c + ": page did not settle\n      " + excerpt(browser.visibleText()));
    }
    var wrong = new ArrayList<String>();
    var actual =
        switch (state) {
          case "login" -> Outcome.LOGIN;
          case "not-found" -> Outcome.DENIED;
          case "view" -> Outcome.ALLOWED;
          default -> null;
        };
    if (actual == null) {
      wrong.add("the error page (500) instead of " + c.expected());
    } else if (actual != c.expected()) {
      wrong.add("expected " + c.expected() + ", got " + actual);
    }
    var text =
        state.equals("login")
            ? ""
            : String.valueOf(browser.script("return document.body ? document.body.innerText : ''"));
    for (Tenant tenant : Tenant.values()) {
      if (!persona.sees(tenant)) {
        var leaks = tenant.leaksIn(text, false);
        if (!leaks.isEmpty()) {
          wrong.add("page shows data of " + tenant.alias() + ": " + leaks);
        }
      }
    }
    return wrong.isEmpty()
        ? Optional.empty()
        : Optional.of(
            c
                + ": "
                + String.join("; ", wrong)
                + " at "
                + browser.driver().getCurrentUrl()
                + "\n      "
                + excerpt(text));
  }

  /** The page's state once two polls in a row agree, or "login" when Keycloak asks for one. */
  private String settledState() {
    var previous = new String[1];
    var settled =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .pollingEvery(Duration.ofMillis(250))
            .until(
                d -> {
                  if (d.getCurrentUrl().startsWith(loginPrefix())) {
                    return "login:0";
                  }
                  var now = (String) browser.script(PAGE_STATE);
                  var stable = now != null && now.equals(previous[0]);
                  previous[0] = now;
                  return stable ? now : null;
                });
    return settled.substring(0, settled.indexOf(':'));
  }

  private String loginPrefix() {
    return keycloakUrl + "/realms/partners/";
  }

  private static String excerpt(String text) {
    var flat = text.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  @Override
  public void close() {
    browser.close();
  }
}
