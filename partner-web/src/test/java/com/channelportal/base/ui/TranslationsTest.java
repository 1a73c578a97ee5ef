package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.settings.boundary.UserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  final Translations cut = new Translations();

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("translations_zh_CN.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String file : Set.of("translations.properties", "translations_zh_CN.properties")) {
      Properties texts = load(file);
      assertThat(texts.stringPropertyNames())
          .as("keys with an empty text in %s", file)
          .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void chineseForChineseBrowsers() {
    assertThat(cut.getTranslation("app.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("渠道伙伴门户");
    assertThat(cut.getTranslation("app.title", Locale.forLanguageTag("zh"))).isEqualTo("渠道伙伴门户");
    assertThat(cut.getTranslation("user-menu.logout", Locale.forLanguageTag("zh-TW")))
        .isEqualTo("退出登录");
  }

  @Test
  void englishForAnyEnglish() {
    assertThat(cut.getTranslation("app.title", Locale.ENGLISH)).isEqualTo("Channel Portal");
    assertThat(cut.getTranslation("app.title", Locale.US)).isEqualTo("Channel Portal");
    assertThat(cut.getTranslation("app.title", Locale.UK)).isEqualTo("Channel Portal");
  }

  @Test
  void englishEvenWhenTheServerDefaultIsChinese() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(cut.getTranslation("user-menu.logout", Locale.ENGLISH)).isEqualTo("Log out");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void chineseIsTheFallback() {
    assertThat(cut.getTranslation("app.title", Locale.FRENCH)).isEqualTo("渠道伙伴门户");
    assertThat(cut.getTranslation("app.title", null)).isEqualTo("渠道伙伴门户");
    assertThat(cut.getProvidedLocales().get(0)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void formatsParameters() {
    assertThat(cut.getTranslation("home.greeting", Locale.ENGLISH, "Li Lei"))
        .isEqualTo("Welcome, Li Lei");
    assertThat(cut.getTranslation("home.greeting", Locale.SIMPLIFIED_CHINESE, "李雷"))
        .isEqualTo("您好，李雷");
  }

  @Test
  void marksMissingKeys() {
    assertThat(cut.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    assertThat(cut.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE, 1))
        .isEqualTo("!no.such.key");
  }

  @Test
  void speaksTheLanguagesUsersCanChoose() {
    assertThat(Set.copyOf(Translations.LOCALES)).isEqualTo(UserSettings.LANGUAGES);
  }

  @Test
  void everyLanguageHasAName() {
    for (Locale language : Translations.LOCALES) {
      for (Locale ui : Translations.LOCALES) {
        assertThat(cut.getTranslation(MainLayout.languageKey(language), ui))
            .as("name of %s in %s", language, ui)
            .doesNotStartWith("!");
      }
    }
  }

  static Properties load(String file) throws IOException {
    var properties = new Properties();
    try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
