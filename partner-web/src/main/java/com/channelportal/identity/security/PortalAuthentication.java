package com.channelportal.identity.security;

import com.channelportal.base.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one authentication mechanism of the WAR. Browsers log in through Keycloak (OIDC code flow,
 * Soteria's mechanism, session-based); the API under {@code /api} is stateless and accepts only
 * bearer tokens.
 *
 * <p>Why our own mechanism: Soteria's OIDC mechanism and Payara's MP-JWT mechanism cannot live in
 * one WAR (WELD-001318, ambiguous {@code HttpAuthenticationMechanism}). This alternative wins the
 * resolution, verifies bearer tokens itself and delegates everything else to Soteria. An API call
 * never gets a login redirect, not even with a browser's session cookie: a script must get a 401.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}" + OidcCallback.PATH,
    // Soteria's restored request breaks Vaadin (NPE in RequestData.getParameters for a request
    // without parameters), so OidcCallback sends the browser back to where it was going
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile", "organization"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  /** Soteria's mechanism is {@code @Typed} to its own class, so it is looked up by that class. */
  private static final String SOTERIA_OIDC =
      "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

  @Inject BearerTokens tokens;

  @Inject Problems problems;

  private volatile HttpAuthenticationMechanism browserLogin;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    var bearer = bearerToken(request);
    if (bearer != null) {
      return tokens
          .verify(bearer)
          .map(principal -> context.notifyContainerAboutLogin(principal, principal.groups()))
          .orElseGet(() -> unauthorized(response, "invalid_token"));
    }
    if (isApi(request)) {
      return context.isProtected() ? unauthorized(response, null) : context.doNothing();
    }
    if (isVaadinBackgroundRequest(request) && request.getSession(false) == null) {
      return sessionExpired(response);
    }
    if (context.isProtected() && isPageNavigation(request)) {
      OidcCallback.rememberTarget(request);
    }
    return browserLogin().validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request) || bearerToken(request) != null) {
      return AuthenticationStatus.SUCCESS;
    }
    return browserLogin().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    } else {
      browserLogin().cleanSubject(request, response, context);
    }
  }

  private AuthenticationStatus unauthorized(HttpServletResponse response, String error) {
    var challenge = "Bearer realm=\"partner-portal\"";
    if (error != null) {
      challenge += ", error=\"" + error + "\"";
    }
    response.setHeader("WWW-Authenticate", challenge);
    try {
      problems.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Unauthorized",
          error == null
              ? "This API needs a bearer token from the partners realm."
              : "The bearer token is not valid for this API (signature, issuer, audience or expiry).");
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * A Vaadin XHR whose session has expired cannot follow a redirect to Keycloak (another origin).
   * Answering like Vaadin itself does for an expired session makes the client reload the page, and
   * the reload goes through the login.
   */
  private static AuthenticationStatus sessionExpired(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isPageNavigation(HttpServletRequest request) {
    var accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && accept != null
        && accept.contains("text/html")
        && !OidcCallback.isCallback(request);
  }

  private static boolean isVaadinBackgroundRequest(HttpServletRequest request) {
    var type = request.getParameter("v-r");
    return "uidl".equals(type) || "heartbeat".equals(type);
  }

  private static String bearerToken(HttpServletRequest request) {
    var header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    var token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static boolean isApi(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  @SuppressWarnings("unchecked")
  private HttpAuthenticationMechanism browserLogin() {
    if (browserLogin == null) {
      try {
        var type = (Class<HttpAuthenticationMechanism>) Class.forName(SOTERIA_OIDC);
        browserLogin = CDI.current().select(type).get();
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Soteria's OIDC mechanism is missing", e);
      }
    }
    return browserLogin;
  }
}
