package com.channelportal.identity.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns the browser after login. By the time this servlet runs, the OIDC mechanism
 * has already exchanged the code and logged the user in; what is left is to send the browser on to
 * the page it first asked for (a deep link survives the login this way).
 */
@WebServlet(OidcCallback.PATH)
public class OidcCallback extends HttpServlet {

  public static final String PATH = "/oidc-callback";
  private static final String TARGET = OidcCallback.class.getName() + ".target";

  /** Remembers a page the browser asked for; only a path of our own, so never an open redirect. */
  static void rememberTarget(HttpServletRequest request) {
    var path = request.getRequestURI();
    var query = request.getQueryString();
    request.getSession(true).setAttribute(TARGET, query == null ? path : path + "?" + query);
  }

  static boolean isCallback(HttpServletRequest request) {
    return request.getRequestURI().equals(request.getContextPath() + PATH);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var session = request.getSession(false);
    var target = session == null ? null : (String) session.getAttribute(TARGET);
    if (session != null) {
      session.removeAttribute(TARGET);
    }
    var home = request.getContextPath() + "/";
    response.sendRedirect(target != null && target.startsWith("/") ? target : home);
  }
}
