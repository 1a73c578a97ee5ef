package com.channelportal.notification.control;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one person: plain text and, for notifications, the same as simple HTML with a link
 * into the portal. A mail without HTML is sent as plain text only (the customer confirmation, which
 * people outside the portal read and whose link must survive any mail client).
 */
public record Mail(String to, String subject, String text, @Nullable String html) {

  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }

  public static Mail plain(String to, String subject, String text) {
    return new Mail(to, subject, text, null);
  }

  /**
   * @param link where the recipient reads more, e.g. the registration in the portal
   */
  public static Mail compose(
      String to,
      NotificationKind kind,
      Audience audience,
      Map<String, String> params,
      Locale language,
      String link) {
    var title = NotificationTexts.title(kind, audience, params, language);
    var body = NotificationTexts.body(kind, audience, params, language);
    var open = NotificationTexts.text("mail.open", language);
    var footer = NotificationTexts.text("mail.footer", language);
    var text = body + "\n\n" + open + ": " + link + "\n\n-- \n" + footer + "\n";
    var html =
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>"
            + escape(body)
            + "</p><p><a href=\""
            + escape(link)
            + "\">"
            + escape(open)
            + "</a></p><hr><p style=\"color:#666;font-size:small\">"
            + escape(footer)
            + "</p></body></html>";
    return new Mail(to, title, text, html);
  }

  static String escape(String text) {
    var escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
