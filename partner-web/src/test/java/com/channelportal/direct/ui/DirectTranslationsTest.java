package com.channelportal.direct.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.control.DirectOpportunityRules;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStage;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.onboarding.control.FieldProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct-sales pages build keys at run time: statuses, stages, activity kinds, candidate kinds
 * and every refusal the rules give. The refusals are produced by the real rules here, so a new code
 * without a text fails this test, not a user.
 */
class DirectTranslationsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void everyKeyBuiltAtRunTimeHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    var keys = new ArrayList<String>();
    for (var status : DirectOpportunityStatus.values()) {
      keys.add(DirectTexts.statusKey(status));
    }
    for (var stage : DirectOpportunityStage.values()) {
      keys.add(DirectTexts.stageKey(stage));
    }
    for (var kind : ActivityKind.values()) {
      keys.add(DirectTexts.activityKey(kind));
    }
    for (var kind : CandidateKind.values()) {
      keys.add(DirectTexts.candidateKey(kind));
    }
    keys.add(DirectTexts.ruleKey(DirectOpportunities.NOT_OPEN));
    refusals().forEach(p -> keys.add(DirectTexts.invalidKey(p.field(), p.reason())));
    for (var code : List.of("NOT_SELF", "NOT_FOUND", "REQUIRED")) {
      keys.add(DirectTexts.invalidKey("owner", "owner." + code));
    }
    assertThat(keys).allSatisfy(key -> assertThat(texts).as(bundle).containsKey(key));
  }

  @Test
  void theRulesRefuseWhatTheTestTranslates() {
    assertThat(refusals()).extracting(FieldProblem::reason).hasSizeGreaterThan(15);
  }

  @Test
  void aUsccIsRefusedInThePartnerPagesWordsAndAFormatWithItsField() {
    assertThat(DirectTexts.invalidKey("customer.uscc", "customer.uscc.CHECK_CHARACTER"))
        .isEqualTo("invalid.uscc.CHECK_CHARACTER");
    assertThat(DirectTexts.invalidKey("customer.phone", "customer.phone.FORMAT"))
        .isEqualTo("direct.invalid.customer.phone.FORMAT");
    assertThat(DirectTexts.invalidKey("title", "title.TOO_LONG"))
        .isEqualTo("direct.invalid.TOO_LONG");
  }

  /** Forms that break every rule at least once. */
  private static List<FieldProblem> refusals() {
    var problems = new ArrayList<FieldProblem>();
    var long201 = "x".repeat(201);
    var broken =
        new CustomerForm(
            "",
            "91350100M000100Y4X",
            long201,
            "sub",
            "phone?",
            "fax?",
            "not-mail",
            "not a site",
            long201,
            long201,
            "x".repeat(300),
            null);
    var forms =
        List.of(
            new DirectOpportunityForm(
                long201,
                null,
                broken,
                null,
                new BigDecimal("-1"),
                "XYZ",
                TODAY.minusDays(1),
                null,
                "\u0007",
                "ERP",
                null),
            new DirectOpportunityForm(
                null,
                null,
                new CustomerForm(
                    "\u0007", null, null, "sub", null, null, null, null, null, null, null, null),
                null,
                new BigDecimal("1.001"),
                null,
                TODAY.plusYears(11),
                null,
                "x".repeat(4001),
                null,
                "x".repeat(101)),
            new DirectOpportunityForm(
                "t",
                null,
                CustomerForm.named("c"),
                null,
                new BigDecimal("12345678901234"),
                null,
                null,
                null,
                null,
                null,
                null));
    for (var form : forms) {
      var checks = new FieldChecks();
      DirectOpportunityRules.check(form, TODAY, null, checks);
      problems.addAll(checks.problems());
    }
    var now = LocalDateTime.of(2026, 11, 27, 10, 0);
    for (var activity :
        List.of(
            new ActivityForm(null, null, "x".repeat(1001)),
            new ActivityForm(
                ActivityKind.CALL, OffsetDateTime.of(now.plusDays(1), ZoneOffset.UTC), "\u0007"),
            new ActivityForm(
                ActivityKind.CALL, OffsetDateTime.of(now.minusYears(2), ZoneOffset.UTC), null))) {
      var checks = new FieldChecks();
      DirectOpportunityRules.activity(activity, now, checks);
      problems.addAll(checks.problems());
    }
    return problems;
  }

  private static Properties load(String file) throws IOException {
    var properties = new Properties();
    try (var in = DirectTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
