package com.channelportal.confirmation.ui;

import static com.channelportal.base.ui.HtmlText.escape;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.PublicPage;
import com.channelportal.base.ui.Translations;
import com.channelportal.confirmation.boundary.ConfirmationPage;
import com.channelportal.confirmation.boundary.Confirmations;
import com.channelportal.confirmation.entity.ConfirmationAnswer;
import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The customer's side of a confirmation: the link from the e-mail opens the question, a POST
 * records "confirm" or "deny" with an optional comment. No login: the unguessable token in the path
 * is the only credential, and it works once.
 *
 * <p>A plain servlet page like {@code /apply} (see docs/decisions.md): no JavaScript, everything
 * echoed is escaped, the POST carries a per-session token against cross-site posts, and a strict
 * Content-Security-Policy and no referrer, so that the token never leaves in a Referer header. An
 * unknown, forged or malformed token gets one and the same page.
 */
@WebServlet(ConfirmPage.PATH + "/*")
public class ConfirmPage extends HttpServlet {

  public static final String PATH = "/confirm";

  private static final String CSRF = ConfirmPage.class.getName() + ".csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Confirmations confirmations;

  private final Translations translations = new Translations();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var page = confirmations.open(token(request));
    show(request, response, page, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    var token = token(request);
    var session = request.getSession(false);
    var expected = session == null ? null : (String) session.getAttribute(CSRF);
    if (expected == null || !expected.equals(request.getParameter("csrf"))) {
      show(request, response, confirmations.open(token), "confirmation.page.form-expired");
      return;
    }
    var answer = answer(request.getParameter("answer"));
    if (answer == null) {
      show(request, response, confirmations.open(token), "confirmation.page.choose");
      return;
    }
    try {
      var before = confirmations.open(token);
      var after =
          confirmations.answer(
              token, answer, request.getParameter("comment"), request.getRemoteAddr());
      session.removeAttribute(CSRF);
      if (before.state() == ConfirmationState.OPEN && after.known()) {
        thanks(request, response, after);
      } else {
        show(request, response, after, null);
      }
    } catch (InvalidField invalid) {
      show(request, response, confirmations.open(token), "confirmation.page.comment-too-long");
    }
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      ConfirmationPage page,
      String banner)
      throws IOException {
    var locale = locale(request, page);
    if (!page.known()) {
      message(
          response, locale, 404, "confirmation.page.unknown.title", "confirmation.page.unknown");
    } else if (page.state() == ConfirmationState.EXPIRED) {
      message(
          response, locale, 410, "confirmation.page.expired.title", "confirmation.page.expired");
    } else if (page.state() != ConfirmationState.OPEN) {
      message(response, locale, 410, "confirmation.page.used.title", "confirmation.page.used");
    } else {
      question(request, response, locale, page, banner);
    }
  }

  private void question(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      ConfirmationPage page,
      String banner)
      throws IOException {
    var csrf = HexFormat.of().formatHex(bytes());
    request.getSession(true).setAttribute(CSRF, csrf);
    var html = new StringBuilder();
    PublicPage.head(
        html, locale, text(locale, "confirmation.page.title"), text(locale, "app.title"));
    html.append("<main id=\"confirm-question\"><h1>")
        .append(escape(text(locale, "confirmation.page.title")))
        .append("</h1>");
    if (banner != null) {
      html.append("<p class=\"banner\" role=\"alert\" id=\"confirm-banner\">")
          .append(escape(text(locale, banner)))
          .append("</p>");
    }
    html.append("<p class=\"lead\">")
        .append(
            escape(
                text(
                    locale,
                    "confirmation.page.question",
                    page.partnerName(),
                    page.customerName(),
                    page.registrationNumber() == null ? "–" : page.registrationNumber())))
        .append("</p><ul>");
    page.products().forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
    html.append("</ul><form method=\"post\" action=\"")
        .append(escape(request.getContextPath() + request.getServletPath() + request.getPathInfo()))
        .append("?lang=")
        .append(PublicPage.tag(locale))
        .append("\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(csrf)
        .append("\"><div class=\"field\"><label for=\"confirm-comment\">")
        .append(escape(text(locale, "confirmation.page.comment")))
        .append("</label><textarea id=\"confirm-comment\" name=\"comment\" rows=\"3\" maxlength=\"")
        .append(CustomerConfirmation.COMMENT_MAX_LENGTH)
        .append("\"></textarea></div>")
        .append("<button type=\"submit\" name=\"answer\" value=\"CONFIRMED\" id=\"confirm-yes\">")
        .append(escape(text(locale, "confirmation.page.confirm")))
        .append("</button> <button type=\"submit\" name=\"answer\" value=\"DENIED\"")
        .append(" id=\"confirm-no\" class=\"secondary\">")
        .append(escape(text(locale, "confirmation.page.deny")))
        .append("</button></form><p class=\"note\">")
        .append(
            escape(
                text(
                    locale,
                    "confirmation.page.valid-until",
                    DisplayTime.format(page.expiresAt()) + " (UTC+08:00 Asia/Shanghai)")))
        .append("</p></main></body></html>");
    PublicPage.write(response, 200, html);
  }

  private void thanks(HttpServletRequest request, HttpServletResponse response, ConfirmationPage p)
      throws IOException {
    var locale = locale(request, p);
    var key =
        p.state() == ConfirmationState.CONFIRMED
            ? "confirmation.page.thanks.confirmed"
            : "confirmation.page.thanks.denied";
    message(response, locale, 200, "confirmation.page.thanks.title", key);
  }

  private void message(
      HttpServletResponse response, Locale locale, int status, String titleKey, String textKey)
      throws IOException {
    var html = new StringBuilder();
    PublicPage.head(html, locale, text(locale, titleKey), text(locale, "app.title"));
    html.append("<main id=\"confirm-message\" data-status=\"")
        .append(status)
        .append("\"><h1>")
        .append(escape(text(locale, titleKey)))
        .append("</h1><p>")
        .append(escape(text(locale, textKey)))
        .append("</p></main></body></html>");
    PublicPage.write(response, status, html);
  }

  private String text(Locale locale, String key, Object... params) {
    return translations.getTranslation(key, locale, params);
  }

  /** The token from the path; anything that is not one is looked up as nothing. */
  private static String token(HttpServletRequest request) {
    var path = request.getPathInfo();
    return path == null || path.length() < 2 ? "" : path.substring(1);
  }

  private static ConfirmationAnswer answer(String value) {
    if ("CONFIRMED".equals(value)) {
      return ConfirmationAnswer.CONFIRMED;
    }
    return "DENIED".equals(value) ? ConfirmationAnswer.DENIED : null;
  }

  /** The language asked for, else the one the partner chose for the e-mail. */
  private static Locale locale(HttpServletRequest request, ConfirmationPage page) {
    var lang = request.getParameter("lang");
    var chosen = lang != null ? lang : page.known() ? page.language() : null;
    if (chosen == null) {
      return Translations.supported(request.getLocale());
    }
    return chosen.toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  private static byte[] bytes() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
