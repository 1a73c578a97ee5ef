package com.channelportal.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The portal's texts in the two languages it speaks. English is the base bundle, Chinese its {@code
 * zh_CN} variant; both are UTF-8 (Java reads property bundles as UTF-8 since 9).
 *
 * <p>Chinese is the fallback: the users are Chinese, so a browser that asks for neither language
 * gets Chinese, while one that asks for any English gets English. Vaadin matches the browser
 * against {@link #LOCALES} when the session starts and takes the first entry when nothing matches,
 * so the order of that list is the fallback.
 *
 * <p>A missing key shows as {@code !key} instead of failing: a visible marker is found in any
 * screenshot, and the unit tests keep it from reaching production.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

  /** Chinese first: it is the fallback for browsers asking for a language we do not speak. */
  public static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  static final String BUNDLE = "vaadin-i18n.translations";

  private static final Logger LOG = Logger.getLogger(Translations.class.getName());

  /** Without this, a server whose JVM default is Chinese would answer English with Chinese. */
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(
      @Nullable String key, @Nullable Locale locale, Object @Nullable ... params) {
    Locale language = supported(locale);
    ResourceBundle bundle = bundle(language);
    if (key == null || !bundle.containsKey(key)) {
      return missing(key, language);
    }
    String text = bundle.getString(key);
    return params == null || params.length == 0
        ? text
        : new MessageFormat(text, language).format(params);
  }

  /** The spoken language closest to {@code locale}: same language, else the fallback. */
  public static Locale supported(@Nullable Locale locale) {
    if (locale == null) {
      return LOCALES.get(0);
    }
    return LOCALES.stream()
        .filter(l -> l.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(LOCALES.get(0));
  }

  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE, language, Translations.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  private String missing(@Nullable String key, Locale language) {
    if (reportedMissing.add(key + "@" + language)) {
      LOG.warning(() -> "Missing translation '" + key + "' for " + language.toLanguageTag());
    }
    return "!" + key;
  }
}
