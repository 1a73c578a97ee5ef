package com.channelportal.base.ui;

import static com.channelportal.base.ui.HtmlText.escape;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The frame of the server-rendered public pages ({@code /apply}, {@code /confirm}): one look, one
 * language switch, and one set of response headers. The pages run no JavaScript and load nothing,
 * so the policy allows inline style only; no referrer, so a token in the path never leaves the
 * portal in a Referer header.
 */
public final class PublicPage {

  private PublicPage() {}

  /** The language tag the pages and their {@code ?lang=} links use. */
  public static String tag(Locale locale) {
    return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
  }

  /** Opens the document up to and including the page header; the caller writes the body. */
  public static void head(StringBuilder html, Locale locale, String title, String brand) {
    html.append("<!DOCTYPE html><html lang=\"")
        .append(tag(locale))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><header><span class=\"brand\">")
        .append(escape(brand))
        .append("</span><nav><a href=\"?lang=zh-CN\" lang=\"zh-CN\">中文</a> · ")
        .append("<a href=\"?lang=en\" lang=\"en\">English</a></nav></header>");
  }

  public static void write(HttpServletResponse response, int status, StringBuilder html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Frame-Options", "DENY");
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    response.getWriter().write(html.toString());
  }

  static final String STYLE =
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
          + "cursor:pointer}button.secondary{background:#5a6472}";
}
