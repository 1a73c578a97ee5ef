package com.channelportal.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.followup.boundary.DealForecasts;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.followup.control.ActivityRules;
import com.channelportal.followup.control.FileCheck;
import com.channelportal.followup.control.FileSniffer;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.onboarding.control.FieldProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deal workspace builds keys at run time: activity kinds, visibilities and every refusal of the
 * activity and file rules, produced here by the real rules, so that a new code without a text fails
 * this test, not a user.
 */
class TimelineTranslationsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void everyKeyBuiltAtRunTimeHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    var keys = new ArrayList<String>();
    for (var kind : DealActivityKind.values()) {
      keys.add(TimelineTexts.kindKey(kind));
    }
    for (var visibility : Visibility.values()) {
      keys.add("followup.visibility." + visibility.name());
    }
    refusals().forEach(p -> keys.add(TimelineTexts.invalidKey(p.reason())));
    for (var reason : List.of("EMPTY", "TOO_LARGE", "EXECUTABLE", "UNSUPPORTED_TYPE")) {
      keys.add(TimelineTexts.invalidKey("file." + reason));
    }
    for (var reason : List.of("NEGATIVE", "SCALE", "TOO_LARGE", "RANGE", "PAST", "REQUIRED")) {
      keys.add(TimelineTexts.invalidKey("estimatedAmount." + reason));
    }
    keys.add(TimelineTexts.ruleKey(Deals.CLOSED));
    keys.add(TimelineTexts.ruleKey(DealForecasts.NOT_APPROVED));
    assertThat(keys).allSatisfy(key -> assertThat(texts).as(bundle).containsKey(key));
  }

  @Test
  void fileRefusalsAreTheOnesTheSnifferGives() {
    var codes = new ArrayList<String>();
    codes.add(refused(new byte[0]));
    codes.add(refused(new byte[] {'M', 'Z'}));
    codes.add(refused(new byte[] {0, 1, 2}));
    codes.add(refused(new byte[11]));
    assertThat(codes).containsExactly("EMPTY", "EXECUTABLE", "UNSUPPORTED_TYPE", "TOO_LARGE");
  }

  private static String refused(byte[] content) {
    return ((FileCheck.Refused) FileSniffer.check("x", content, 10)).reason();
  }

  /** Forms that break every rule of an activity at least once. */
  private static List<FieldProblem> refusals() {
    var problems = new ArrayList<FieldProblem>();
    var long5000 = "长".repeat(5000);
    var forms =
        List.of(
            new ActivityForm(null, null, null, null, null, null, null, Visibility.BRAND_INTERNAL),
            new ActivityForm(
                DealActivityKind.DEAL_UPDATE,
                NOW.plusDays(1).atOffset(ZoneOffset.UTC),
                Collections.nCopies(21, "王"),
                List.of(long5000),
                "a\u0007",
                long5000,
                long5000,
                null),
            new ActivityForm(
                DealActivityKind.NOTE,
                NOW.minusYears(3).atOffset(ZoneOffset.UTC),
                null,
                null,
                null,
                null,
                null,
                null));
    for (var form : forms) {
      var checks = new FieldChecks();
      ActivityRules.check(form, false, NOW, checks);
      problems.addAll(checks.problems());
    }
    assertThat(problems).hasSizeGreaterThanOrEqualTo(10);
    return problems;
  }

  private static Properties load(String bundle) throws IOException {
    var properties = new Properties();
    try (var in = TimelineTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
