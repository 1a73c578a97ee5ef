package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

  private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("notification-mail_zh_CN.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            load("notification-mail.properties").stringPropertyNames());
  }

  @Test
  void everyKindHasATitleAndABodyForBothAudiencesInBothLanguages() {
    var params = NotificationParams.of(Audience.BRAND, Facts.submitted("zhang.wei"));
    for (var language : LANGUAGES) {
      for (var kind : NotificationKind.values()) {
        for (var audience : Audience.values()) {
          var title = NotificationTexts.title(kind, audience, params, language);
          var body = NotificationTexts.body(kind, audience, params, language);
          assertThat(title).as("%s %s %s", kind, audience, language).isNotBlank();
          assertThat(title + body).doesNotContain("{", "}").contains("DR-2026-000042");
        }
      }
    }
  }

  @Test
  void theLanguageIsTheRecipientsWhateverTheServersDefault() {
    var params = NotificationParams.of(Audience.PARTNER, Facts.submitted("zhang.wei"));
    var before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(
              NotificationTexts.title(
                  NotificationKind.SENT_TO_REVIEW, Audience.PARTNER, params, Locale.ENGLISH))
          .isEqualTo("Registration DR-2026-000042 received and under review: 深圳利泰仪器仪表有限公司");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(
              NotificationTexts.title(
                  NotificationKind.REJECTED, Audience.PARTNER, params, Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("报备 DR-2026-000042 被驳回：深圳利泰仪器仪表有限公司");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void partnerTextsNeverAskForThePartnerName() throws IOException {
    for (var file :
        new String[] {"notification-mail.properties", "notification-mail_zh_CN.properties"}) {
      var texts = load(file);
      texts.stringPropertyNames().stream()
          .filter(key -> key.contains(".partner."))
          .forEach(key -> assertThat(texts.getProperty(key)).as(key).doesNotContain("{partner}"));
    }
  }

  @Test
  void aMissingParameterLeavesNoPlaceholder() {
    assertThat(
            NotificationTexts.fill(
                "{number} until {protectedUntil}", java.util.Map.of("number", "DR-1")))
        .isEqualTo("DR-1 until ");
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (var in = NotificationTexts.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
