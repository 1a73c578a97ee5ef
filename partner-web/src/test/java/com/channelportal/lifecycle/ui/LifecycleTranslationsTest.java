package com.channelportal.lifecycle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.lifecycle.control.LifecycleRules;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.onboarding.control.FieldProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's texts built at run time: extension states, closing outcomes, the rules' codes,
 * and every field problem the domain's rules give for the dialogs' fields, found by feeding the
 * rules bad input, so that a new rule without a text fails here.
 */
class LifecycleTranslationsTest {

  private static final String CONTROL = "理由\u0007理由理由理由理由理由";

  private static Properties english;
  private static Properties chinese;

  @BeforeAll
  static void bundles() throws Exception {
    english = load("translations.properties");
    chinese = load("translations_zh_CN.properties");
  }

  @Test
  void everyExtensionStateHasAText() {
    for (var status : ExtensionStatus.values()) {
      translated(LifecycleTexts.statusKey(status));
    }
  }

  @Test
  void everyOutcomeHasItsButtonDialogAndSummary() {
    for (var outcome : DealOutcome.values()) {
      var key = LifecycleTexts.outcomeKey(outcome);
      for (var suffix : List.of("", ".title", ".confirm", ".done", ".shown")) {
        translated(key + suffix);
      }
    }
  }

  @Test
  void everyRuleCodeHasAText() {
    for (var code :
        List.of(
            LifecycleRules.NOT_PROTECTED,
            LifecycleRules.EXTENSION_OPEN,
            LifecycleRules.EXTENSION_DECIDED,
            "registration.TRANSITION")) {
      translated(LifecycleTexts.ruleKey(code));
    }
  }

  @Test
  void everyFieldProblemOfTheRulesHasAText() {
    var problems = new ArrayList<FieldProblem>();
    problems.addAll(LifecycleRules.extension(new ExtensionForm(null, null), 90).problems());
    problems.addAll(LifecycleRules.extension(new ExtensionForm(0, "短"), 90).problems());
    problems.addAll(
        LifecycleRules.extension(new ExtensionForm(5, "长".repeat(1001)), 90).problems());
    problems.addAll(LifecycleRules.extension(new ExtensionForm(5, CONTROL), 90).problems());
    problems.addAll(LifecycleRules.decision(new ExtensionDecision(null, null)).problems());
    problems.addAll(
        LifecycleRules.decision(new ExtensionDecision(false, "长".repeat(501))).problems());
    problems.addAll(LifecycleRules.decision(new ExtensionDecision(false, CONTROL)).problems());
    problems.addAll(LifecycleRules.decision(new ExtensionDecision(false, null)).problems());
    problems.addAll(LifecycleRules.closing(new ClosingForm(null, null, null)).problems());
    problems.addAll(
        LifecycleRules.closing(new ClosingForm(DealOutcome.LOST, BigDecimal.ONE, null)).problems());
    for (var amount : List.of("-1", "0.001", "1E14")) {
      problems.addAll(
          LifecycleRules.closing(new ClosingForm(DealOutcome.WON, new BigDecimal(amount), null))
              .problems());
    }

    assertThat(problems).hasSizeGreaterThanOrEqualTo(15);
    problems.forEach(p -> translated(LifecycleTexts.invalidKey(p.reason())));
  }

  private static Properties load(String file) throws IOException {
    var properties = new Properties();
    try (var in = LifecycleTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static void translated(String key) {
    assertThat(english).as("English text for %s", key).containsKey(key);
    assertThat(chinese).as("Chinese text for %s", key).containsKey(key);
  }
}
