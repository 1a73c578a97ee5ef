package com.channelportal.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys built at run time (tier, status, refusal reasons) escape the literal-key scan, so every
 * value of those enums is checked here against both bundles.
 */
class PartnerTranslationsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyTierStatusAndCreditCodeReasonHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    for (Tier tier : Tier.values()) {
      assertThat(texts).containsKey(PartnerForm.tierKey(tier));
    }
    for (PartnerStatus status : PartnerStatus.values()) {
      assertThat(texts).containsKey(PartnerForm.statusKey(status));
    }
    for (CreditCodeCheck.Reason reason : CreditCodeCheck.Reason.values()) {
      assertThat(texts).containsKey(PartnerForm.invalidKey("uscc." + reason));
    }
  }

  private static Properties load(String bundle) throws IOException {
    var properties = new Properties();
    try (var in = PartnerTranslationsTest.class.getClassLoader().getResourceAsStream(bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
