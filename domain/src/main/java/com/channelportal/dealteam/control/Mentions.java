package com.channelportal.dealteam.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in free text. An {@code @} counts only where a word cannot
 * continue before it, so the {@code @} inside {@code li.na@example.com} is not a mention, while
 * Chinese text may run right up to it ({@code 请@zhang.wei看一下}). A username is what Keycloak allows
 * in ours: letters, digits, dot, underscore and hyphen; a dot at its end ends the sentence.
 */
public final class Mentions {

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{Alnum}._%+\\-@])@([A-Za-z0-9][A-Za-z0-9._\\-]*)");

  private Mentions() {}

  /** The usernames mentioned, lower case, each once, in the order of their first mention. */
  public static List<String> in(String text) {
    var found = new LinkedHashSet<String>();
    var matcher = MENTION.matcher(text);
    while (matcher.find()) {
      var name = matcher.group(1);
      while (name.endsWith(".") || name.endsWith("-") || name.endsWith("_")) {
        name = name.substring(0, name.length() - 1);
      }
      if (!name.isEmpty()) {
        found.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(found);
  }
}
