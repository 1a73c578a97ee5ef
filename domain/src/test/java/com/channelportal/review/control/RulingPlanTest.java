package com.channelportal.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.control.RulingPlan.Accepted;
import com.channelportal.review.control.RulingPlan.Claim;
import com.channelportal.review.control.RulingPlan.Consequence;
import com.channelportal.review.control.RulingPlan.Refused;
import com.channelportal.review.entity.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulingPlanTest {

  private static final Claim PENDING = new Claim(2, RegistrationStatus.UNDER_REVIEW);
  private static final Claim HELD = new Claim(3, RegistrationStatus.ON_HOLD);
  private static final Claim RETURNED = new Claim(4, RegistrationStatus.INFORMATION_REQUESTED);
  private static final Claim APPEALED = new Claim(5, RegistrationStatus.APPEALED);
  private static final Claim APPROVED = new Claim(6, RegistrationStatus.APPROVED);

  /** Every decision from every state: only a claim under review or on hold is ruled on. */
  @ParameterizedTest
  @EnumSource(RegistrationStatus.class)
  void everyDecisionFromEveryState(RegistrationStatus status) {
    for (var decision : Decision.values()) {
      var outcome = RulingPlan.of(decision, status, List.of(PENDING));
      var pending =
          status == RegistrationStatus.UNDER_REVIEW || status == RegistrationStatus.ON_HOLD;
      if (pending) {
        assertThat(outcome).as("%s from %s", decision, status).isInstanceOf(Accepted.class);
        var becomes = ((Accepted) outcome).becomes();
        assertThat(status.canBecome(becomes)).as("%s from %s", decision, status).isTrue();
      } else {
        assertThat(outcome).as("%s from %s", decision, status).isInstanceOf(Refused.class);
        assertThat(((Refused) outcome).code()).isEqualTo(RulingPlan.NOT_PENDING);
      }
    }
  }

  @Test
  void approvingHoldsTheOtherPendingClaimsAndLeavesHeldAndAppealedOnes() {
    var outcome =
        RulingPlan.of(
            Decision.APPROVE,
            RegistrationStatus.UNDER_REVIEW,
            List.of(PENDING, HELD, RETURNED, APPEALED));

    assertThat(outcome)
        .isEqualTo(
            new Accepted(
                RegistrationStatus.APPROVED,
                false,
                Map.of(2L, Consequence.PUT_ON_HOLD, 4L, Consequence.PUT_ON_HOLD)));
  }

  @Test
  void anotherApprovedClaimBlocksApproval() {
    var outcome =
        RulingPlan.of(Decision.APPROVE, RegistrationStatus.ON_HOLD, List.of(PENDING, APPROVED));

    assertThat(outcome).isInstanceOf(Refused.class);
    assertThat(((Refused) outcome).code()).isEqualTo(RulingPlan.OTHER_APPROVED);
  }

  @Test
  void sharingApprovesPendingAndHeldClaimsAndMarksApprovedOnes() {
    var outcome =
        RulingPlan.of(
            Decision.SHARE,
            RegistrationStatus.ON_HOLD,
            List.of(PENDING, HELD, RETURNED, APPEALED, APPROVED));

    var accepted = (Accepted) outcome;
    assertThat(accepted.becomes()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(accepted.shared()).isTrue();
    assertThat(accepted.others())
        .containsExactly(
            Map.entry(2L, Consequence.APPROVED_AS_SHARED),
            Map.entry(3L, Consequence.APPROVED_AS_SHARED),
            Map.entry(6L, Consequence.MARKED_SHARED));
  }

  @Test
  void sharingNeedsAnotherClaim() {
    var alone = RulingPlan.of(Decision.SHARE, RegistrationStatus.UNDER_REVIEW, List.of());
    var onlyReturned =
        RulingPlan.of(Decision.SHARE, RegistrationStatus.UNDER_REVIEW, List.of(RETURNED, APPEALED));

    assertThat(alone).isInstanceOf(Refused.class);
    assertThat(((Refused) onlyReturned).code()).isEqualTo(RulingPlan.NOTHING_TO_SHARE);
  }

  @Test
  void approvingHoldsClaimsOutsideTheDecidersScopeToo() {
    var foreign = new Claim(7, RegistrationStatus.UNDER_REVIEW, false);

    assertThat(RulingPlan.of(Decision.APPROVE, RegistrationStatus.UNDER_REVIEW, List.of(foreign)))
        .isEqualTo(
            new Accepted(RegistrationStatus.APPROVED, false, Map.of(7L, Consequence.PUT_ON_HOLD)));
  }

  @Test
  void sharingWithAClaimOutsideTheDecidersScopeIsLeftToABrandAdmin() {
    var foreignApproved = new Claim(7, RegistrationStatus.APPROVED, false);
    var foreignHeld = new Claim(8, RegistrationStatus.ON_HOLD, false);
    var foreignAppealed = new Claim(9, RegistrationStatus.APPEALED, false);

    for (var foreign : List.of(foreignApproved, foreignHeld)) {
      var outcome =
          RulingPlan.of(Decision.SHARE, RegistrationStatus.UNDER_REVIEW, List.of(PENDING, foreign));
      assertThat(outcome).as("with %s", foreign).isInstanceOf(Refused.class);
      assertThat(((Refused) outcome).code()).isEqualTo(RulingPlan.SHARE_OUTSIDE_SCOPE);
    }
    // a claim the share leaves alone needs no say
    assertThat(
            RulingPlan.of(
                Decision.SHARE, RegistrationStatus.UNDER_REVIEW, List.of(PENDING, foreignAppealed)))
        .isEqualTo(
            new Accepted(
                RegistrationStatus.APPROVED, true, Map.of(2L, Consequence.APPROVED_AS_SHARED)));
  }

  @Test
  void rejectingAndReturningTouchOnlyTheClaim() {
    var others = List.of(PENDING, APPROVED);

    assertThat(RulingPlan.of(Decision.REJECT, RegistrationStatus.UNDER_REVIEW, others))
        .isEqualTo(new Accepted(RegistrationStatus.REJECTED, false, Map.of()));
    assertThat(RulingPlan.of(Decision.RETURN, RegistrationStatus.ON_HOLD, others))
        .isEqualTo(new Accepted(RegistrationStatus.INFORMATION_REQUESTED, false, Map.of()));
  }

  @Test
  void approvingAClaimWithoutOthersChangesNothingElse() {
    assertThat(RulingPlan.of(Decision.APPROVE, RegistrationStatus.UNDER_REVIEW, List.of()))
        .isEqualTo(new Accepted(RegistrationStatus.APPROVED, false, Map.of()));
  }
}
