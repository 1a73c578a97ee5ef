package com.channelportal.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.control.RulingPlan;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.RulingKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk builds its keys at run time from enums and the domain's refusals: each must have a text
 * in both languages, or a user would read {@code !key}.
 */
class ReviewTranslationsTest {

  /** What RulingRules refuses, field by field. */
  static final List<String> REASONS =
      List.of(
          "decision.REQUIRED",
          "reasonCode.REQUIRED",
          "reasonCode.NOT_ALLOWED",
          "otherReason.REQUIRED",
          "otherReason.TOO_LONG",
          "otherReason.CONTROL_CHARACTER",
          "otherReason.NOT_ALLOWED",
          "rationale.REQUIRED",
          "rationale.TOO_SHORT",
          "rationale.TOO_LONG",
          "rationale.CONTROL_CHARACTER");

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void everyKeyTheDeskBuildsHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    var keys = new ArrayList<String>();
    for (var status : RegistrationStatus.values()) {
      keys.add(ReviewTexts.statusKey(status));
    }
    for (var kind : CandidateKind.values()) {
      keys.add(ReviewTexts.candidateKey(kind));
    }
    for (var decision : Decision.values()) {
      keys.add(ReviewTexts.decisionKey(decision));
    }
    for (var code : ReasonCode.values()) {
      keys.add(ReviewTexts.reasonKey(code));
    }
    for (var kind : RulingKind.values()) {
      keys.add(ReviewTexts.kindKey(kind));
    }
    for (var decision : AppealDecision.values()) {
      keys.add(ReviewTexts.appealDecisionKey(decision));
    }
    REASONS.forEach(reason -> keys.add(ReviewTexts.invalidKey(reason)));
    for (var code :
        List.of(
            RulingPlan.NOT_PENDING,
            RulingPlan.OTHER_APPROVED,
            RulingPlan.NOTHING_TO_SHARE,
            RulingPlan.SHARE_OUTSIDE_SCOPE,
            "review.NOT_APPEALABLE",
            "review.NOT_APPEALED")) {
      keys.add(ReviewTexts.ruleKey(code));
    }
    for (var prefix : List.of("review.appeal", "review.appeal-decision")) {
      for (var suffix : List.of(".title", ".intro", ".text", ".help", ".send")) {
        keys.add(prefix + suffix);
      }
    }
    assertThat(keys).allSatisfy(key -> assertThat(texts).containsKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void theWaitIsSaidInDaysHoursOrMinutes(String bundle) throws IOException {
    var texts = load(bundle);
    assertThat(waited(texts, Duration.ofHours(53))).startsWith("2 ").contains("5");
    assertThat(waited(texts, Duration.ofMinutes(125))).startsWith("2 ").contains("5");
    assertThat(waited(texts, Duration.ofMinutes(7))).startsWith("7 ");
  }

  private static String waited(Properties texts, Duration duration) {
    return ReviewTexts.waited(
        duration,
        (key, params) -> new java.text.MessageFormat(texts.getProperty(key)).format(params));
  }

  private static Properties load(String bundle) throws IOException {
    var properties = new Properties();
    try (var in =
        ReviewTranslationsTest.class
            .getClassLoader()
            .getResourceAsStream("vaadin-i18n/" + bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
