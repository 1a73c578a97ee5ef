package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void thePortalChoiceWinsOverKeycloaksAndChineseIsTheDefault() {
    assertThat(Languages.pick(Locale.ENGLISH, "zh-CN")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.pick(null, "en")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.pick(null, "zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.pick(null, null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.pick(Locale.GERMAN, "fr")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.pick(Locale.forLanguageTag("en-GB"), null)).isEqualTo(Locale.ENGLISH);
  }
}
