package com.channelportal.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.AppealDecisionForm;
import com.channelportal.review.entity.AppealForm;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.RulingForm;
import org.junit.jupiter.api.Test;

class RulingRulesTest {

  private static final String WHY = "两家报备同一客户，利泰的报备更早且资料完整。";

  @Test
  void aCompleteRulingIsTrimmed() {
    var checked =
        RulingRules.ruling(new RulingForm(Decision.APPROVE, null, null, "  " + WHY + "\n"));

    assertThat(checked.isValid()).isTrue();
    assertThat(checked.valid().rationale()).isEqualTo(WHY);
  }

  @Test
  void theRationaleIsMandatoryForEveryDecision() {
    for (var decision : Decision.values()) {
      var code = decision == Decision.REJECT ? ReasonCode.DUPLICATE : null;
      assertThat(reasons(RulingRules.ruling(new RulingForm(decision, code, null, "  "))))
          .as("%s", decision)
          .containsExactly("rationale.REQUIRED");
    }
  }

  @Test
  void theRationaleHasLimitsAndNoControlCharacters() {
    assertThat(reasons(RulingRules.ruling(new RulingForm(Decision.RETURN, null, null, "太短了"))))
        .containsExactly("rationale.TOO_SHORT");
    assertThat(
            reasons(
                RulingRules.ruling(new RulingForm(Decision.RETURN, null, null, "x".repeat(2001)))))
        .containsExactly("rationale.TOO_LONG");
    assertThat(
            reasons(
                RulingRules.ruling(
                    new RulingForm(Decision.RETURN, null, null, WHY + "\u0007" + WHY))))
        .containsExactly("rationale.CONTROL_CHARACTER");
    assertThat(
            RulingRules.ruling(new RulingForm(Decision.RETURN, null, null, WHY + "\n\t" + WHY))
                .isValid())
        .isTrue();
    assertThat(
            RulingRules.ruling(new RulingForm(Decision.RETURN, null, null, "x".repeat(2000)))
                .isValid())
        .isTrue();
  }

  @Test
  void aRejectionNeedsAReasonCodeAndOtherNeedsWords() {
    assertThat(reasons(RulingRules.ruling(new RulingForm(Decision.REJECT, null, null, WHY))))
        .containsExactly("reasonCode.REQUIRED");
    assertThat(
            reasons(
                RulingRules.ruling(new RulingForm(Decision.REJECT, ReasonCode.OTHER, " ", WHY))))
        .containsExactly("otherReason.REQUIRED");
    var other =
        RulingRules.ruling(new RulingForm(Decision.REJECT, ReasonCode.OTHER, " 客户不在中国 ", WHY));
    assertThat(other.valid().otherReason()).isEqualTo("客户不在中国");
    assertThat(
            reasons(
                RulingRules.ruling(
                    new RulingForm(Decision.REJECT, ReasonCode.OTHER, "x".repeat(201), WHY))))
        .containsExactly("otherReason.TOO_LONG");
  }

  @Test
  void onlyARejectionHasAReasonAndOnlyOtherHasWords() {
    assertThat(
            reasons(
                RulingRules.ruling(
                    new RulingForm(Decision.APPROVE, ReasonCode.DUPLICATE, null, WHY))))
        .containsExactly("reasonCode.NOT_ALLOWED");
    assertThat(
            reasons(
                RulingRules.ruling(
                    new RulingForm(Decision.REJECT, ReasonCode.DUPLICATE, "重复", WHY))))
        .containsExactly("otherReason.NOT_ALLOWED");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(reasons(RulingRules.ruling(new RulingForm(null, null, null, null))))
        .containsExactly("decision.REQUIRED", "rationale.REQUIRED");
  }

  @Test
  void anAppealNeedsItsReasons() {
    assertThat(RulingRules.appeal(new AppealForm(WHY)).isValid()).isTrue();
    assertThat(reasons(RulingRules.appeal(new AppealForm(null)))).containsExactly("text.REQUIRED");
    assertThat(reasons(RulingRules.appeal(new AppealForm("\u202E" + WHY))))
        .containsExactly("text.CONTROL_CHARACTER");
  }

  @Test
  void anAppealDecisionNeedsDecisionAndRationale() {
    var valid = RulingRules.appealDecision(new AppealDecisionForm(AppealDecision.OVERTURN, WHY));
    assertThat(RulingRules.decisionOf(valid.valid())).isEqualTo(AppealDecision.OVERTURN);
    assertThat(reasons(RulingRules.appealDecision(new AppealDecisionForm(null, ""))))
        .containsExactly("decision.REQUIRED", "rationale.REQUIRED");
  }

  private static java.util.List<String> reasons(RulingRules.Checked<?> checked) {
    return checked.problems().stream().map(FieldProblem::reason).toList();
  }
}
