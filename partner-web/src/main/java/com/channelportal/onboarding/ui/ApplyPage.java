package com.channelportal.onboarding.ui;

import static com.channelportal.base.ui.HtmlText.escape;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.base.ui.PublicPage;
import com.channelportal.base.ui.Translations;
import com.channelportal.onboarding.boundary.PartnerApplications;
import com.channelportal.onboarding.entity.ApplicationForm;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The public application form: a distributor that has no account yet applies to become a partner.
 *
 * <p>A plain servlet page rather than a Vaadin view, because every Vaadin request of this WAR is
 * behind the login (one container-wide constraint, see docs/decisions.md); this one path is left
 * open in web.xml. It renders a small HTML form from the same translation bundles, works without
 * JavaScript, escapes everything it echoes, and protects the POST with a per-session token.
 */
@WebServlet(ApplyPage.PATH)
public class ApplyPage extends HttpServlet {

  public static final String PATH = "/apply";

  private static final String TOKEN = ApplyPage.class.getName() + ".token";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PartnerApplications applications;

  private final Translations translations = new Translations();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var locale = locale(request);
    render(request, response, locale, Map.of(), Map.of(), null, 200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    var locale = locale(request);
    var values = new LinkedHashMap<String, String>();
    ApplyFields.NAMES.forEach(f -> values.put(f, trimmed(request.getParameter(f))));
    var session = request.getSession(false);
    var expected = session == null ? null : (String) session.getAttribute(TOKEN);
    if (expected == null || !expected.equals(request.getParameter("token"))) {
      render(request, response, locale, values, Map.of(), text(locale, "apply.expired"), 400);
      return;
    }
    var form = ApplyFields.form(values, Locale.ENGLISH.equals(locale) ? "en" : "zh-CN");
    try {
      var submitted = applications.submit(form, request.getRemoteAddr());
      session.removeAttribute(TOKEN);
      thanks(response, locale, submitted.getId(), values.get(ApplicationForm.EMAIL));
    } catch (InvalidField invalid) {
      var errors = new LinkedHashMap<String, String>();
      invalid
          .problems()
          .forEach(p -> errors.putIfAbsent(p.field(), text(locale, "invalid." + p.reason())));
      render(request, response, locale, values, errors, text(locale, "apply.fix-fields"), 400);
    } catch (TooManyRequests tooMany) {
      var minutes = Math.max(1, (tooMany.retryAfter().toSeconds() + 59) / 60);
      response.addHeader("Retry-After", String.valueOf(tooMany.retryAfter().toSeconds()));
      render(
          request,
          response,
          locale,
          values,
          Map.of(),
          text(locale, "apply.too-many", minutes),
          429);
    }
  }

  private void render(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Map<String, String> values,
      Map<String, String> errors,
      String banner,
      int status)
      throws IOException {
    var token = HexFormat.of().formatHex(bytes());
    request.getSession(true).setAttribute(TOKEN, token);
    var html = new StringBuilder();
    PublicPage.head(html, locale, text(locale, "apply.page-title"), text(locale, "app.title"));
    html.append("<main><h1>").append(escape(text(locale, "apply.title"))).append("</h1>");
    html.append("<p class=\"lead\">").append(escape(text(locale, "apply.lead"))).append("</p>");
    if (banner != null) {
      html.append("<p class=\"banner\" role=\"alert\" id=\"apply-banner\">")
          .append(escape(banner))
          .append("</p>");
    }
    html.append("<form method=\"post\" action=\"")
        .append(escape(request.getContextPath() + PATH + "?lang=" + PublicPage.tag(locale)))
        .append("\" novalidate>");
    html.append("<input type=\"hidden\" name=\"token\" value=\"").append(token).append("\">");
    for (String field : ApplyFields.NAMES) {
      field(html, locale, field, values.get(field), errors.get(field));
    }
    html.append("<button type=\"submit\" id=\"apply-submit\">")
        .append(escape(text(locale, "apply.submit")))
        .append("</button></form>");
    html.append("<p class=\"note\">").append(escape(text(locale, "apply.privacy"))).append("</p>");
    html.append("</main></body></html>");
    PublicPage.write(response, status, html);
  }

  private void field(StringBuilder html, Locale locale, String name, String value, String error) {
    var id = "apply-" + name;
    var required = ApplyFields.REQUIRED.contains(name);
    html.append("<div class=\"field").append(error == null ? "" : " invalid").append("\">");
    html.append("<label for=\"")
        .append(id)
        .append("\">")
        .append(escape(text(locale, ApplyFields.labelKey(name))));
    if (required) {
      html.append(" <span class=\"required\" aria-hidden=\"true\">*</span>");
    }
    html.append("</label>");
    var describedBy =
        error == null ? "" : " aria-describedby=\"" + id + "-error\" aria-invalid=\"true\"";
    if (ApplicationForm.MESSAGE.equals(name)) {
      html.append("<textarea id=\"")
          .append(id)
          .append("\" name=\"")
          .append(name)
          .append("\" rows=\"4\" maxlength=\"2000\"")
          .append(describedBy)
          .append(">")
          .append(escape(value == null ? "" : value))
          .append("</textarea>");
    } else {
      html.append("<input id=\"")
          .append(id)
          .append("\" name=\"")
          .append(name)
          .append("\" type=\"")
          .append(
              ApplicationForm.EMAIL.equals(name)
                  ? "email"
                  : ApplicationForm.PHONE.equals(name) ? "tel" : "text")
          .append("\" value=\"")
          .append(escape(value == null ? "" : value))
          .append("\"")
          .append(required ? " required" : "")
          .append(describedBy)
          .append(">");
    }
    var help = helpKey(name);
    if (help != null) {
      html.append("<small>").append(escape(text(locale, help))).append("</small>");
    }
    if (error != null) {
      html.append("<span class=\"error\" id=\"")
          .append(id)
          .append("-error\">")
          .append(escape(error))
          .append("</span>");
    }
    html.append("</div>");
  }

  private void thanks(HttpServletResponse response, Locale locale, long id, String email)
      throws IOException {
    var html = new StringBuilder();
    PublicPage.head(html, locale, text(locale, "apply.page-title"), text(locale, "app.title"));
    html.append("<main id=\"apply-thanks\"><h1>")
        .append(escape(text(locale, "apply.thanks.title")))
        .append("</h1><p>")
        .append(escape(text(locale, "apply.thanks.text", String.format("A-%06d", id), email)))
        .append("</p></main></body></html>");
    PublicPage.write(response, 200, html);
  }

  private static String helpKey(String field) {
    switch (field) {
      case ApplicationForm.USCC:
        return "partner.uscc.help";
      case ApplicationForm.EMAIL:
        return "apply.email.help";
      default:
        return null;
    }
  }

  private String text(Locale locale, String key, Object... params) {
    return translations.getTranslation(key, locale, params);
  }

  private static Locale locale(HttpServletRequest request) {
    var lang = request.getParameter("lang");
    if (lang != null) {
      return lang.toLowerCase(Locale.ROOT).startsWith("en")
          ? Locale.ENGLISH
          : Locale.SIMPLIFIED_CHINESE;
    }
    return Translations.supported(request.getLocale());
  }

  private static String trimmed(String value) {
    return value == null ? null : value.strip();
  }

  private static byte[] bytes() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
