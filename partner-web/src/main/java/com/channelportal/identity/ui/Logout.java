package com.channelportal.identity.ui;

import com.channelportal.identity.security.OidcSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ends the portal session and then Keycloak's (RP-initiated logout), which sends the browser back
 * to the portal's start page, where the container asks for a new login.
 *
 * <p>Order matters: the redirect is queued on the page first, then the session is invalidated; the
 * queued redirect still goes out with the response of this request (Vaadin's documented way to log
 * out). The ID token, needed as {@code id_token_hint}, is read before the session goes.
 */
public class Logout {

  @Inject OidcSettings oidcSettings;

  @Inject Instance<OpenIdContext> openIdContext;

  public void logout(UI ui) {
    String url =
        endSessionUrl(
            oidcSettings.getEndSessionUri(),
            oidcSettings.getClientId(),
            oidcSettings.getBaseUrl(),
            identityToken().orElse(null));
    ui.getPage().setLocation(url);
    endPortalSession();
  }

  static String endSessionUrl(
      String endSessionUri, String clientId, String baseUrl, @Nullable String idToken) {
    String home = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    String url =
        endSessionUri
            + "?client_id="
            + encode(clientId)
            + "&post_logout_redirect_uri="
            + encode(home);
    return idToken == null ? url : url + "&id_token_hint=" + encode(idToken);
  }

  private Optional<String> identityToken() {
    if (!openIdContext.isResolvable()) {
      return Optional.empty();
    }
    var context = openIdContext.get();
    return Optional.ofNullable(context.getIdentityToken()).map(token -> token.getToken());
  }

  /** Drops the session, and with it the stored tokens and the container's login. */
  private static void endPortalSession() {
    var request = VaadinServletRequest.getCurrent();
    if (request == null) {
      return;
    }
    var session = request.getWrappedSession(false);
    // Invalidating is enough: the OIDC mechanism keeps the login in the session. The container's
    // request.logout() would let Soteria write to this response, which Vaadin still needs.
    if (session != null) {
      session.invalidate();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
