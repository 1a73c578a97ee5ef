package com.channelportal.followup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.onboarding.control.FieldProblem;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
  private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

  @Test
  void aValidActivityIsNormalizedToUtc() {
    var checks = new FieldChecks();
    var form =
        form(
            DealActivityKind.VISIT,
            OffsetDateTime.of(2026, 11, 27, 17, 30, 0, 0, SHANGHAI),
            List.of(" 王伟 ", "", "李娜"),
            " 拜访了采购部，客户认可方案 ",
            null);

    var content = ActivityRules.check(form, false, NOW, checks);

    assertEquals(List.of(), checks.problems());
    assertNotNull(content);
    assertEquals(LocalDateTime.of(2026, 11, 27, 9, 30), content.occurredAtUtc());
    assertEquals(List.of("王伟", "李娜"), content.participants());
    assertEquals("拜访了采购部，客户认可方案", content.notes());
    assertEquals(Visibility.SHARED, ActivityRules.visibility(form));
  }

  @Test
  void theFutureBeyondTheToleranceIsRefused() {
    var inTolerance =
        NOW.plusMinutes(ActivityRules.FUTURE_TOLERANCE_MINUTES).atOffset(ZoneOffset.UTC);
    var beyond = inTolerance.plusMinutes(1);

    assertEquals(
        List.of(), reasons(form(DealActivityKind.CALL, inTolerance, null, null, null), false));
    assertEquals(
        List.of("occurredAt.FUTURE"),
        reasons(form(DealActivityKind.CALL, beyond, null, null, null), false));
  }

  @Test
  void requiredFieldsAndTooOldDatesAreReportedTogether() {
    var old = NOW.minusDays(ActivityRules.MAX_AGE_DAYS + 1).atOffset(ZoneOffset.UTC);

    assertEquals(
        List.of("kind.REQUIRED", "occurredAt.REQUIRED"),
        reasons(form(null, null, null, null, null), false));
    assertEquals(
        List.of("occurredAt.TOO_OLD"),
        reasons(form(DealActivityKind.NOTE, old, null, null, null), false));
  }

  @Test
  void onlyBrandStaffWriteInternalNotes() {
    var form =
        new ActivityForm(
            DealActivityKind.NOTE,
            NOW.atOffset(ZoneOffset.UTC),
            null,
            null,
            "渠道经理内部判断",
            null,
            null,
            Visibility.BRAND_INTERNAL);

    assertEquals(List.of("visibility.BRAND_ONLY"), reasons(form, false));
    assertEquals(List.of(), reasons(form, true));
  }

  @Test
  void theSystemsKindCannotBeLogged() {
    assertEquals(
        List.of("kind.NOT_LOGGABLE"),
        reasons(
            form(DealActivityKind.DEAL_UPDATE, NOW.atOffset(ZoneOffset.UTC), null, null, null),
            true));
  }

  @Test
  void controlCharactersLengthsAndNameCountsAreChecked() {
    var tooMany = Collections.nCopies(21, "张三");
    var longName = "名".repeat(101);
    var form =
        new ActivityForm(
            DealActivityKind.MEETING,
            NOW.atOffset(ZoneOffset.UTC),
            tooMany,
            List.of(longName),
            "备注\u0007",
            "结".repeat(2001),
            "下一步\n\t可以换行",
            null);

    assertEquals(
        List.of(
            "participants.TOO_MANY",
            "customerContacts.TOO_LONG",
            "notes.CONTROL_CHARACTER",
            "outcome.TOO_LONG"),
        reasons(form, false));
  }

  @Test
  void aNameWithALineBreakIsRefused() {
    assertEquals(
        List.of("participants.CONTROL_CHARACTER"),
        reasons(
            form(DealActivityKind.DEMO, NOW.atOffset(ZoneOffset.UTC), List.of("王\n伟"), null, null),
            false));
  }

  private static List<String> reasons(ActivityForm form, boolean brandStaff) {
    var checks = new FieldChecks();
    var content = ActivityRules.check(form, brandStaff, NOW, checks);
    if (checks.problems().isEmpty()) {
      assertNotNull(content);
    } else {
      assertNull(content);
    }
    return checks.problems().stream().map(FieldProblem::reason).toList();
  }

  private static ActivityForm form(
      @Nullable DealActivityKind kind,
      @Nullable OffsetDateTime occurredAt,
      @Nullable List<String> participants,
      @Nullable String notes,
      @Nullable Visibility visibility) {
    return new ActivityForm(kind, occurredAt, participants, null, notes, null, null, visibility);
  }
}
