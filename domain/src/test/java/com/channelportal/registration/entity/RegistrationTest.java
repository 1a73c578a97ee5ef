package com.channelportal.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.customer.entity.CustomerForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 1, 2, 0);
  private static final LocalDateTime STAMP = LocalDateTime.of(2026, 3, 2, 3, 4, 5, 123_456_000);

  @Test
  void aNewDraftHasItsCreationInTheHistory() {
    var draft = draft();

    assertThat(draft.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
    assertThat(draft.getNumber()).isNull();
    assertThat(draft.getCurrency()).isEqualTo("CNY");
    assertThat(draft.getHistory())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.getFrom()).isNull();
              assertThat(change.getTo()).isEqualTo(RegistrationStatus.DRAFT);
              assertThat(change.getBy()).isEqualTo("litai.user");
            });
  }

  @Test
  void editingReplacesTheLinesInTheirOrder() {
    var draft = draft();

    draft.edit(
        form(List.of(new LineForm("伺服电机", 2), new LineForm("SKU-1", 1))), CREATED.plusHours(1));

    assertThat(draft.getLines())
        .extracting(RegistrationLine::getProduct)
        .containsExactly("伺服电机", "SKU-1");
    assertThat(draft.getLines()).extracting(RegistrationLine::getPosition).containsExactly(0, 1);
    assertThat(draft.getUpdatedAt()).isEqualTo(CREATED.plusHours(1));
    assertThat(draft.toForm().lines()).hasSize(2);
  }

  @Test
  void submissionStampsAndTheOutcomeFollowsAtTheSameMoment() {
    var registration = draft();

    registration.submit("DR-2026-000001", 7L, STAMP, "litai.user");
    registration.approve(LocalDate.of(2026, 5, 30), STAMP, "system", null);

    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registration.getSubmittedAt()).isEqualTo(STAMP);
    assertThat(registration.getCustomerId()).isEqualTo(7L);
    assertThat(registration.getProtectedUntil()).isEqualTo(LocalDate.of(2026, 5, 30));
    assertThat(registration.getHistory())
        .extracting(StatusChange::getTo)
        .containsExactly(
            RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
    // one instant, so the history is ordered by position, not by time
    assertThat(registration.getHistory())
        .extracting(StatusChange::getPosition)
        .containsExactly(0, 1, 2);
    assertThat(registration.isClaimOn(LocalDate.of(2026, 5, 30))).isTrue();
    assertThat(registration.isClaimOn(LocalDate.of(2026, 5, 31))).isFalse();
  }

  @Test
  void aDraftWithoutCustomerStillDescribesOne() {
    var draft = new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", CREATED);

    assertThat(draft.getCustomer().getName()).isNull();
    assertThat(draft.toForm().customer()).isEqualTo(CustomerForm.EMPTY);
  }

  @Test
  void aSubmittedRegistrationIsNoLongerEditable() {
    var registration = draft();
    registration.submit("DR-2026-000002", 7L, STAMP, "litai.user");

    assertThatThrownBy(() -> registration.edit(form(List.of()), STAMP))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void illegalTransitionsAreRefusedAndLeaveNoTrace() {
    var registration = draft();

    assertThatThrownBy(() -> registration.approve(LocalDate.of(2026, 5, 1), STAMP, "system", null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> registration.reject(STAMP, "zhang.wei", "no"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> registration.close(RegistrationStatus.WON, STAMP, "litai.user"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> registration.close(RegistrationStatus.REJECTED, STAMP, "x"))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
    assertThat(registration.getHistory()).hasSize(1);
  }

  @Test
  void aWithdrawnRegistrationStaysWithdrawn() {
    var registration = draft();
    registration.submit("DR-2026-000003", 7L, STAMP, "litai.user");
    registration.sendToReview(STAMP, "system", "conflicts: 1");

    registration.withdraw(STAMP.plusDays(1), "litai.user", "客户取消项目");

    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.WITHDRAWN);
    assertThat(registration.getDecidedAt()).isEqualTo(STAMP.plusDays(1));
    assertThat(registration.getHistory().get(3).getNote()).isEqualTo("客户取消项目");
    assertThatThrownBy(() -> registration.withdraw(STAMP, "litai.user", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRulingMovesTheClaimAndTheTimeItWaitsForTheBrand() {
    var registration = underReview();
    assertThat(registration.getWaitingSince()).isEqualTo(STAMP);

    registration.requestInformation(STAMP.plusHours(1), "zhang.wei");
    assertThat(registration.getWaitingSince()).isNull();
    registration.revise(form(List.of(new LineForm("变频器", 2))), STAMP.plusHours(2));
    assertThat(registration.getCustomerId()).as("kept without a pick").isEqualTo(7L);
    registration.resubmit(8L, STAMP.plusHours(3), "litai.user");
    registration.sendToReview(STAMP.plusHours(3), "system", null);

    assertThat(registration.getNumber()).isEqualTo("DR-2026-000003");
    assertThat(registration.getSubmittedAt()).isEqualTo(STAMP.plusHours(3));
    assertThat(registration.getCustomerId()).isEqualTo(8L);
    assertThat(registration.getLines())
        .extracting(RegistrationLine::getProduct)
        .containsExactly("变频器");
    assertThat(registration.getWaitingSince()).isEqualTo(STAMP.plusHours(3));
    assertThat(registration.getHistory())
        .extracting(StatusChange::getTo)
        .containsExactly(
            RegistrationStatus.DRAFT,
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.UNDER_REVIEW,
            RegistrationStatus.INFORMATION_REQUESTED,
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.UNDER_REVIEW);
  }

  @Test
  void onlyAReturnedRegistrationIsRevised() {
    var registration = underReview();

    assertThatThrownBy(() -> registration.revise(form(List.of()), STAMP))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> registration.resubmit(8L, STAMP, "litai.user"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRejectionIsAppealedOnceAndAnUpheldOneIsFinal() {
    var registration = underReview();
    registration.reject(STAMP.plusHours(1), "zhang.wei", "DUPLICATE");
    assertThat(registration.isAppealable()).isTrue();

    registration.appeal(STAMP.plusHours(2), "litai.user");
    assertThat(registration.getWaitingSince()).isEqualTo(STAMP.plusHours(2));
    registration.upholdRejection(STAMP.plusHours(3), "li.na");

    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
    assertThat(registration.isAppealable()).isFalse();
    assertThatThrownBy(() -> registration.appeal(STAMP.plusHours(4), "litai.user"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOverturnedRejectionIsReviewedAgainAndCannotBeAppealedTwice() {
    var registration = underReview();
    registration.reject(STAMP.plusHours(1), "zhang.wei", "OTHER");
    registration.appeal(STAMP.plusHours(2), "litai.user");

    registration.reopen(STAMP.plusHours(3), "li.na");
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.UNDER_REVIEW);
    assertThat(registration.getDecidedAt()).isNull();
    registration.reject(STAMP.plusHours(4), "zhang.wei", "DUPLICATE");

    assertThat(registration.isAppealable()).isFalse();
  }

  @Test
  void sharingApprovesOrMarksAnApprovedClaim() {
    var held = underReview();
    held.putOnHold(STAMP.plusHours(1), "zhang.wei");
    held.approveShared(LocalDate.of(2026, 5, 31), STAMP.plusHours(2), "zhang.wei");
    var approved = underReview();
    approved.approve(LocalDate.of(2026, 5, 30), STAMP.plusHours(1), "zhang.wei", null);

    approved.markShared(STAMP.plusHours(2));

    assertThat(held.isShared()).isTrue();
    assertThat(held.getProtectedUntil()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(approved.isShared()).isTrue();
    assertThat(approved.getProtectedUntil()).isEqualTo(LocalDate.of(2026, 5, 30));
    assertThatThrownBy(() -> underReview().markShared(STAMP))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Registration underReview() {
    var registration = draft();
    registration.submit("DR-2026-000003", 7L, STAMP, "litai.user");
    registration.sendToReview(STAMP, "system", null);
    return registration;
  }

  private static Registration draft() {
    return new Registration(
        1L, "litai", form(List.of(new LineForm("伺服电机", 3))), "litai.user", CREATED);
  }

  private static RegistrationForm form(List<LineForm> lines) {
    return new RegistrationForm(
        null,
        CustomerForm.named("深圳亿和源机械有限公司"),
        "王建新",
        "0755-8225 4848",
        null,
        lines,
        new BigDecimal("120000.00"),
        "CNY",
        LocalDate.of(2026, 6, 30),
        null,
        null,
        60,
        DealStage.QUALIFICATION,
        null);
  }
}
