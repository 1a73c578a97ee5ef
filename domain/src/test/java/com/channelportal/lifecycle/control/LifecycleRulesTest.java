package com.channelportal.lifecycle.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

  private static final String REASON = "客户预算审批推迟到下个季度，需要更多时间";
  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 1, 2, 0);
  private static final LocalDate END = LocalDate.of(2026, 5, 30);

  @Test
  void anExtensionOfOneToTheMaximumDaysWithAJustificationIsValid() {
    var checked = LifecycleRules.extension(new ExtensionForm(90, "  " + REASON + " "), 90);

    assertThat(checked.valid()).isTrue();
    assertThat(checked.value()).isEqualTo(new ExtensionForm(90, REASON));
    assertThat(LifecycleRules.extension(new ExtensionForm(1, REASON), 90).valid()).isTrue();
  }

  @Test
  void daysOutsideTheRangeAreRefused() {
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(0, REASON), 90)))
        .containsExactly("days.RANGE");
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(91, REASON), 90)))
        .containsExactly("days.RANGE");
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(31, REASON), 30)))
        .containsExactly("days.RANGE");
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(null, " "), 90)))
        .containsExactly("days.REQUIRED", "justification.REQUIRED");
  }

  @Test
  void theJustificationHasLengthLimits() {
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(30, "还在谈"), 90)))
        .containsExactly("justification.TOO_SHORT");
    assertThat(reasons(LifecycleRules.extension(new ExtensionForm(30, "长".repeat(1001)), 90)))
        .containsExactly("justification.TOO_LONG");
    assertThat(LifecycleRules.extension(new ExtensionForm(30, "长".repeat(1000)), 90).valid())
        .isTrue();
  }

  @Test
  void denialNeedsAReasonApprovalDoesNot() {
    assertThat(LifecycleRules.decision(new ExtensionDecision(true, null)).valid()).isTrue();
    assertThat(reasons(LifecycleRules.decision(new ExtensionDecision(false, " "))))
        .containsExactly("reason.REQUIRED");
    assertThat(reasons(LifecycleRules.decision(new ExtensionDecision(null, null))))
        .containsExactly("approve.REQUIRED");
  }

  @Test
  void aWonDealMayNameItsAmountWithTwoDecimals() {
    var checked =
        LifecycleRules.closing(new ClosingForm(DealOutcome.WON, new BigDecimal("1250000.5"), null));

    assertThat(checked.valid()).isTrue();
    assertThat(checked.value().actualAmount()).isEqualTo(new BigDecimal("1250000.50"));
    assertThat(LifecycleRules.closing(new ClosingForm(DealOutcome.WON, null, null)).valid())
        .isTrue();
  }

  @Test
  void aWrongAmountIsRefused() {
    assertThat(
            reasons(
                LifecycleRules.closing(
                    new ClosingForm(DealOutcome.WON, new BigDecimal("-1"), null))))
        .containsExactly("actualAmount.NEGATIVE");
    assertThat(
            reasons(
                LifecycleRules.closing(
                    new ClosingForm(DealOutcome.WON, new BigDecimal("1.234"), null))))
        .containsExactly("actualAmount.SCALE");
    assertThat(
            reasons(
                LifecycleRules.closing(
                    new ClosingForm(DealOutcome.WON, new BigDecimal("1E14"), null))))
        .containsExactly("actualAmount.TOO_LARGE");
  }

  @Test
  void aLostDealNeedsAReasonAndHasNoAmount() {
    assertThat(reasons(LifecycleRules.closing(new ClosingForm(DealOutcome.LOST, null, null))))
        .containsExactly("reason.REQUIRED");
    assertThat(
            reasons(
                LifecycleRules.closing(
                    new ClosingForm(DealOutcome.LOST, BigDecimal.ONE, "价格没有竞争力"))))
        .containsExactly("actualAmount.NOT_WON");
    assertThat(reasons(LifecycleRules.closing(new ClosingForm(null, null, null))))
        .containsExactly("outcome.REQUIRED");
  }

  @Test
  void protectionHoldsThroughTheLastDayEvenBeforeTheJobRuns() {
    var approved = approved();

    assertThat(LifecycleRules.protectedOn(approved, END)).isTrue();
    assertThat(LifecycleRules.protectedOn(approved, END.plusDays(1))).isFalse();
  }

  @Test
  void aRegistrationThatIsNotApprovedIsNotProtected() {
    var draft = new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", CREATED);

    assertThat(LifecycleRules.protectedOn(draft, END)).isFalse();
  }

  private static Registration approved() {
    var registration = new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", CREATED);
    registration.submit("DR-2026-000001", 7L, CREATED, "litai.user");
    registration.approve(END, CREATED, "system", null);
    return registration;
  }

  private static java.util.List<String> reasons(LifecycleRules.Checked<?> checked) {
    assertThat(checked.value()).isNull();
    return checked.problems().stream().map(FieldProblem::reason).toList();
  }
}
