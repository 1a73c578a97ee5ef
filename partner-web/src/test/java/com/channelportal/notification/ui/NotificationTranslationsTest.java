package com.channelportal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.notification.entity.NotificationKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preferences build a key per kind at run time; each needs a label in both languages. */
class NotificationTranslationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void everyKindHasALabel(String bundle) throws IOException {
    var texts = load(bundle);
    for (var kind : NotificationKind.values()) {
      assertThat(texts.getProperty(NotificationsView.kindKey(kind)))
          .as("%s in %s", kind, bundle)
          .isNotBlank();
    }
  }

  @org.junit.jupiter.api.Test
  void aLargeCountKeepsTheBellNarrow() {
    assertThat(NotificationBell.label(7)).isEqualTo("7");
    assertThat(NotificationBell.label(100)).isEqualTo("99+");
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (var in = NotificationTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
