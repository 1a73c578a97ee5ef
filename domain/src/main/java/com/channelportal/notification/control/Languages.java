package com.channelportal.notification.control;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The language a person is written to in: the one they chose in the portal, else the one Keycloak
 * keeps for them (chosen at invitation or on its pages), else Simplified Chinese, the users'
 * language.
 */
public final class Languages {

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  private static final Set<String> SPOKEN = Set.of("zh", "en");

  private Languages() {}

  public static Locale pick(@Nullable Locale chosen, @Nullable String keycloakLocale) {
    if (chosen != null && SPOKEN.contains(chosen.getLanguage())) {
      return normalized(chosen);
    }
    if (keycloakLocale != null && !keycloakLocale.isBlank()) {
      var tagged = Locale.forLanguageTag(keycloakLocale.strip().replace('_', '-'));
      if (SPOKEN.contains(tagged.getLanguage())) {
        return normalized(tagged);
      }
    }
    return DEFAULT;
  }

  private static Locale normalized(Locale locale) {
    return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
