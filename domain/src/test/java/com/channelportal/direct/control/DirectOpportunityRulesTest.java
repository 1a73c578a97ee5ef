package com.channelportal.direct.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.onboarding.control.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DirectOpportunityRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

  @Test
  void aValidOpportunityIsNormalized() {
    var checks = new FieldChecks();

    var valid =
        DirectOpportunityRules.check(
            form(" 数控机床更新 ", "高朋集团", new BigDecimal("1250000"), null, TODAY), TODAY, null, checks);

    assertEquals(List.of(), checks.problems());
    assertEquals("数控机床更新", valid.title());
    assertEquals(new BigDecimal("1250000.00"), valid.estimatedAmount());
    assertEquals("CNY", valid.currency());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    var checks = new FieldChecks();
    var form =
        new DirectOpportunityForm(
            "x".repeat(201),
            null,
            new CustomerForm(
                "",
                "91350100M000100Y4X",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            null,
            new BigDecimal("-1"),
            "XYZ",
            TODAY.minusDays(1),
            null,
            "ok",
            "ERP",
            null);

    DirectOpportunityRules.check(form, TODAY, null, checks);

    assertEquals(
        List.of(
            "title.TOO_LONG",
            "customer.name.REQUIRED",
            "customer.uscc.CHECK_CHARACTER",
            "estimatedAmount.NEGATIVE",
            "currency.UNKNOWN",
            "expectedCloseDate.PAST",
            "externalRef.REQUIRED"),
        reasons(checks.problems()));
  }

  @Test
  void absurdAmountsAndDatesAreRefused() {
    assertEquals(
        List.of("estimatedAmount.TOO_LARGE"),
        problems(form("t", "c", new BigDecimal("12345678901234"), null, null)));
    assertEquals(
        List.of("estimatedAmount.SCALE"),
        problems(form("t", "c", new BigDecimal("1.005"), null, null)));
    assertEquals(
        List.of("expectedCloseDate.TOO_FAR"),
        problems(form("t", "c", null, null, TODAY.plusYears(10).plusDays(1))));
  }

  @Test
  void aPassedCloseDateMayStayWhenEditing() {
    var checks = new FieldChecks();
    var passed = TODAY.minusDays(3);

    DirectOpportunityRules.check(form("t", "c", null, null, passed), TODAY, passed, checks);

    assertEquals(List.of(), checks.problems());
  }

  @Test
  void scriptsAreKeptAsText() {
    var checks = new FieldChecks();

    var valid =
        DirectOpportunityRules.check(
            form("<script>alert(1)</script>", "c", null, null, null), TODAY, null, checks);

    assertEquals(List.of(), checks.problems());
    assertEquals("<script>alert(1)</script>", valid.title());
  }

  @Test
  void anActivityHappenedAndNotLongAgo() {
    var checks = new FieldChecks();
    var shanghai = ZoneOffset.ofHours(8);

    var at =
        DirectOpportunityRules.activity(
            new ActivityForm(ActivityKind.VISIT, OffsetDateTime.of(NOW, ZoneOffset.UTC), "见面"),
            NOW,
            checks);

    assertEquals(NOW, at);
    assertEquals(List.of(), checks.problems());
    assertEquals(
        List.of("occurredAt.FUTURE"),
        activityProblems(
            new ActivityForm(
                ActivityKind.CALL, OffsetDateTime.of(NOW.plusHours(9), shanghai), null)));
    assertEquals(
        List.of("occurredAt.TOO_OLD"),
        activityProblems(
            new ActivityForm(
                ActivityKind.CALL, OffsetDateTime.of(NOW.minusYears(2), shanghai), null)));
    assertEquals(
        List.of("kind.REQUIRED", "occurredAt.REQUIRED", "note.TOO_LONG"),
        activityProblems(new ActivityForm(null, null, "长".repeat(1001))));
  }

  @Test
  void aFewMinutesAheadIsNotTheFuture() {
    var checks = new FieldChecks();

    DirectOpportunityRules.activity(
        new ActivityForm(
            ActivityKind.NOTE, OffsetDateTime.of(NOW.plusMinutes(4), ZoneOffset.UTC), null),
        NOW,
        checks);

    assertTrue(checks.problems().isEmpty());
  }

  @Test
  void noTimeNoDate() {
    assertNull(
        DirectOpportunityRules.activity(
            new ActivityForm(ActivityKind.NOTE, null, null), NOW, new FieldChecks()));
  }

  private static DirectOpportunityForm form(
      String title,
      String customer,
      @Nullable BigDecimal amount,
      @Nullable String currency,
      @Nullable LocalDate close) {
    return new DirectOpportunityForm(
        title,
        null,
        CustomerForm.named(customer),
        null,
        amount,
        currency,
        close,
        null,
        null,
        null,
        null);
  }

  private static List<String> problems(DirectOpportunityForm form) {
    var checks = new FieldChecks();
    DirectOpportunityRules.check(form, TODAY, null, checks);
    return reasons(checks.problems());
  }

  private static List<String> activityProblems(ActivityForm form) {
    var checks = new FieldChecks();
    DirectOpportunityRules.activity(form, NOW, checks);
    return reasons(checks.problems());
  }

  private static List<String> reasons(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::reason).toList();
  }
}
