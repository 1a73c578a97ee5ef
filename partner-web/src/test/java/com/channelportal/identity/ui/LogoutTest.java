package com.channelportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogoutTest {

  static final String END_SESSION =
      "http://localhost:18080/realms/partners/protocol/openid-connect/logout";

  @Test
  void sendsTheBrowserBackToThePortalAfterKeycloakLogout() {
    assertThat(Logout.endSessionUrl(END_SESSION, "partner-portal", "http://localhost:8080", null))
        .isEqualTo(
            END_SESSION
                + "?client_id=partner-portal"
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F");
  }

  @Test
  void keepsOneSlashAfterTheBaseUrl() {
    assertThat(Logout.endSessionUrl(END_SESSION, "partner-portal", "http://localhost:8080/", null))
        .endsWith("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F");
  }

  @Test
  void passesTheIdTokenAsHint() {
    assertThat(Logout.endSessionUrl(END_SESSION, "partner-portal", "http://x", "a.b-c_d.e"))
        .endsWith("&id_token_hint=a.b-c_d.e");
  }
}
