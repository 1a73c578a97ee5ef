package com.channelportal.notification.control;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of notifications in both languages, from {@code notification-mail*.properties}: a title
 * (the portal list and the mail's subject) and a body per kind and audience, with named
 * placeholders such as {@code {number}}.
 */
public final class NotificationTexts {

  static final String BUNDLE = "com.channelportal.notification.control.notification-mail";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  // no fallback: an English reader on a server whose default locale is Chinese still gets English
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private NotificationTexts() {}

  public static String title(
      NotificationKind kind, Audience audience, Map<String, String> params, Locale language) {
    return fill(text(key(kind, audience, "title"), language), params);
  }

  public static String body(
      NotificationKind kind, Audience audience, Map<String, String> params, Locale language) {
    return fill(text(key(kind, audience, "body"), language), params);
  }

  /** A text that is not about one notification, e.g. the mail's footer. */
  public static String text(String key, Locale language) {
    return bundle(language).getString(key);
  }

  static String key(NotificationKind kind, Audience audience, String part) {
    return kind.name() + "." + audience.name().toLowerCase(Locale.ROOT) + "." + part;
  }

  static ResourceBundle bundle(Locale language) {
    var locale = Languages.pick(language, null);
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, EXACT);
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, EXACT);
    }
  }

  /** Replaces each {@code {name}} with its parameter; an unknown one becomes empty, not visible. */
  static String fill(String template, Map<String, String> params) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    var filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(params.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
