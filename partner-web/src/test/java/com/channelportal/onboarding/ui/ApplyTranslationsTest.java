package com.channelportal.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.entity.ApplicationSource;
import com.channelportal.onboarding.entity.ApplicationStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The onboarding pages build their keys at run time: field labels, every refusal the application
 * rules give per field, statuses and sources. Each must have a text in both languages.
 */
class ApplyTranslationsTest {

  /** The reasons the onboarding rules can give, per field (see ApplicationRules, Duplicates). */
  static final Map<String, List<String>> REASONS =
      Map.ofEntries(
          Map.entry(
              "companyName",
              List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "NOT_DISTINCTIVE", "DUPLICATE")),
          Map.entry("uscc", List.of("REQUIRED", "DUPLICATE", "LENGTH", "CHECK_CHARACTER")),
          Map.entry("region", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry(
              "familyName", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "CHARACTER")),
          Map.entry("givenName", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "CHARACTER")),
          Map.entry(
              "email",
              List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "FORMAT", "FREE_MAIL", "TAKEN")),
          Map.entry("phone", List.of("REQUIRED", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("jobTitle", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("message", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("language", List.of("REQUIRED", "UNSUPPORTED")),
          Map.entry("reason", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("tier", List.of("REQUIRED")),
          Map.entry("channelManager", List.of("FORMAT")));

  static final List<String> PAGE_KEYS =
      List.of(
          "apply.page-title",
          "apply.title",
          "apply.lead",
          "apply.expired",
          "apply.fix-fields",
          "apply.too-many",
          "apply.submit",
          "apply.privacy",
          "apply.email.help",
          "apply.thanks.title",
          "apply.thanks.text",
          "partner.uscc.help",
          "app.title");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyLabelRefusalStatusAndSourceHasAText(String bundle) throws IOException {
    var texts = new Properties();
    try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    ApplyFields.NAMES.forEach(field -> assertThat(texts).containsKey(ApplyFields.labelKey(field)));
    PAGE_KEYS.forEach(key -> assertThat(texts).containsKey(key));
    REASONS.forEach(
        (field, reasons) ->
            reasons.forEach(
                reason ->
                    assertThat(texts)
                        .containsKey(ApplicationsView.invalidKey(field + "." + reason))));
    for (String action :
        List.of("application.submitted", "application.approved", "application.rejected")) {
      assertThat(texts).containsKey(ApplicationsView.auditKey(action));
    }
    for (ApplicationStatus status : ApplicationStatus.values()) {
      assertThat(texts).containsKey(ApplicationsView.statusKey(status));
    }
    for (ApplicationSource source : ApplicationSource.values()) {
      assertThat(texts)
          .containsKey("applications.source." + source.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
