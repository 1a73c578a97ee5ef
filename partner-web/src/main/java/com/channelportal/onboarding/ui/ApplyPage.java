package com.channelportal.onboarding.ui;

import static com.channelportal.base.ui.HtmlText.escape;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.TooManyRequests;
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
    head(html, locale, text(locale, "apply.page-title"));
    html.append("<main><h1>").append(escape(text(locale, "apply.title"))).append("</h1>");
    html.append("<p class=\"lead\">").append(escape(text(locale, "apply.lead"))).append("</p>");
    if (banner != null) {
      html.append("<p class=\"banner\" role=\"alert\" id=\"apply-banner\">")
          .append(escape(banner))
          .append("</p>");
    }
    html.append("<form method=\"post\" action=\"")
        .append(escape(request.getContextPath() + PATH + "?lang=" + tag(locale)))
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
    write(response, status, html);
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
    head(html, locale, text(locale, "apply.page-title"));
    html.append("<main id=\"apply-thanks\"><h1>")
        .append(escape(text(locale, "apply.thanks.title")))
        .append("</h1><p>")
        .append(escape(text(locale, "apply.thanks.text", String.format("A-%06d", id), email)))
        .append("</p></main></body></html>");
    write(response, 200, html);
  }

  private void head(StringBuilder html, Locale locale, String title) {
    html.append("<!DOCTYPE html><html lang=\"")
        .append(tag(locale))
        .append("\"><head>")
        .append(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>")
        .append("<header><span class=\"brand\">")
        .append(escape(text(locale, "app.title")))
        .append("</span>")
        .append(
            "<nav><a href=\"?lang=zh-CN\" lang=\"zh-CN\">中文</a> · <a href=\"?lang=en\" lang=\"en\">English</a></nav></header>");
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

  private static String tag(Locale locale) {
    return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
  }

  private static String trimmed(String value) {
    return value == null ? null : value.strip();
  }

  private static byte[] bytes() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void write(HttpServletResponse response, int status, StringBuilder html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Frame-Options", "DENY");
    response.addHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    response.getWriter().write(html.toString());
  }

  private static final String STYLE =
      "body{margin:0;font-family:-apple-system,'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;"
          + "background:#f5f7fa;color:#1a2433}"
          + "header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;"
          + "background:#fff;border-bottom:1px solid #e1e5eb}.brand{font-weight:600}"
          + "main{max-width:640px;margin:24px auto;padding:24px;background:#fff;border-radius:8px;"
          + "box-shadow:0 1px 4px rgba(0,0,0,.08)}h1{font-size:1.5em;margin-top:0}"
          + ".lead,.note{color:#5a6472}.field{display:flex;flex-direction:column;margin:12px 0}"
          + "label{font-weight:500;margin-bottom:4px}.required{color:#c5221f}"
          + "input,textarea{font:inherit;padding:8px;border:1px solid #c3cad4;border-radius:4px}"
          + ".invalid input,.invalid textarea{border-color:#c5221f}.error{color:#c5221f;font-size:.9em}"
          + "small{color:#5a6472}.banner{background:#fdecea;color:#8a1c13;padding:8px 12px;border-radius:4px}"
          + "button{font:inherit;background:#1676f3;color:#fff;border:0;padding:10px 20px;border-radius:4px;"
          + "cursor:pointer}";
}
