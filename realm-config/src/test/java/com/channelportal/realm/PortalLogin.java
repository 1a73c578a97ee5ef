package com.channelportal.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.keycloak.KeycloakSettings;
import com.channelportal.support.Browser;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakLoginPage;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The portal's own login, played without the portal: a browser goes through Keycloak's pages to the
 * portal client's redirect URI, where nothing needs to listen, and the code is exchanged with that
 * client's secret. So the claims are those of the very tokens the portal gets, from the realm's own
 * client, its mappers and scopes, not from a client a test made up.
 */
final class PortalLogin {

  static final String CLIENT_ID = "partner-portal";

  private final KeycloakSettings keycloak;

  PortalLogin(KeycloakSettings keycloak) {
    this.keycloak = keycloak;
  }

  /** The access token's claims of a partner who logs in with username and password. */
  JsonObject asPartner(String username) {
    return login(page -> page.loginAsPartner(username, keycloak.demoPassword()));
  }

  /** The same for brand staff, who type their brand e-mail and log in at the intranet. */
  JsonObject throughBrandIntranet(String username) {
    return login(
        page ->
            page.loginThroughBrandIntranet(
                keycloak.url(), username + "@brand.example", username, keycloak.demoPassword()));
  }

  private JsonObject login(Consumer<KeycloakLoginPage> steps) {
    String redirectUri = keycloak.portalUrl() + "/callback";
    String state = UUID.randomUUID().toString();
    try (var browser = Browser.open("en-US")) {
      browser.go(
          realmUrl("/auth")
              + "?"
              + Http.urlEncoded(
                  Map.of(
                      "client_id", CLIENT_ID,
                      "response_type", "code",
                      "scope", "openid",
                      "redirect_uri", redirectUri,
                      "state", state)));
      steps.accept(new KeycloakLoginPage(browser));
      browser.waitForUrlStartingWith(redirectUri + "?");
      Map<String, String> answer = query(browser.driver().getCurrentUrl());
      assertThat(answer).as("redirect to the portal").containsEntry("state", state);
      return KeycloakTokens.claims(exchange(answer.get("code"), redirectUri));
    }
  }

  private String exchange(String code, String redirectUri) {
    var response =
        Http.postForm(
            realmUrl("/token"),
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "client_id", CLIENT_ID,
                "client_secret", keycloak.realmValues().get(RealmTemplates.PORTAL_CLIENT_SECRET)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("access_token");
  }

  private String realmUrl(String endpoint) {
    return keycloak.url() + "/realms/partners/protocol/openid-connect" + endpoint;
  }

  private static Map<String, String> query(String url) {
    return Arrays.stream(URI.create(url).getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0],
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
  }
}
