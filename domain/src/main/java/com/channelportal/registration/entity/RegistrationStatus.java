package com.channelportal.registration.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deal registration stands. A draft is the partner's until it is submitted; submission is
 * stamped ({@code SUBMITTED}) and decided in the same transaction, automatically ({@code APPROVED})
 * or by sending it to a channel manager ({@code UNDER_REVIEW}). So {@code SUBMITTED} is the moment
 * of the stamp in the history rather than a state anybody waits in; it stays a state of its own so
 * that a later asynchronous check can keep a registration there.
 *
 * <p>At the conflict desk a channel manager rules on a claim under review: approves it, rejects it,
 * or returns it for more information ({@code INFORMATION_REQUESTED}: the partner edits and
 * resubmits, which stamps it again). Approving one claim puts the other partners' pending claims on
 * the same customer {@code ON_HOLD}: they are not wrong, only later, and stay in line should the
 * approved claim be withdrawn or lapse; the desk can rule on them again. A rejection may be
 * appealed once ({@code APPEALED}); a brand admin upholds it (back to {@code REJECTED}, now final)
 * or overturns it (back {@code UNDER_REVIEW} for a new ruling).
 *
 * <p>The partner may withdraw at any point before the deal is closed, also an approved claim (which
 * frees the customer). Withdrawn, expired, won and lost are final; so is a rejection once appealed
 * (the entity keeps the one appeal). A draft is never deleted: it is withdrawn, so that every
 * number and every claim leaves a trace.
 */
public enum RegistrationStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  ON_HOLD,
  INFORMATION_REQUESTED,
  APPROVED,
  REJECTED,
  APPEALED,
  WITHDRAWN,
  EXPIRED,
  WON,
  LOST;

  public Set<RegistrationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(UNDER_REVIEW, APPROVED, WITHDRAWN);
      case UNDER_REVIEW ->
          EnumSet.of(APPROVED, REJECTED, ON_HOLD, INFORMATION_REQUESTED, WITHDRAWN);
      case ON_HOLD -> EnumSet.of(APPROVED, REJECTED, INFORMATION_REQUESTED, WITHDRAWN);
      case INFORMATION_REQUESTED -> EnumSet.of(SUBMITTED, ON_HOLD, WITHDRAWN);
      case APPROVED -> EnumSet.of(EXPIRED, WON, LOST, WITHDRAWN);
      case REJECTED -> EnumSet.of(APPEALED);
      case APPEALED -> EnumSet.of(REJECTED, UNDER_REVIEW, WITHDRAWN);
      case WITHDRAWN, EXPIRED, WON, LOST -> EnumSet.noneOf(RegistrationStatus.class);
    };
  }

  public boolean canBecome(RegistrationStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /**
   * A claim on its customer that a new registration of another partner conflicts with; an approved
   * one only while its protection lasts. Held, returned and appealed claims still count: each may
   * yet be approved, and the desk must see them side by side with a newcomer.
   */
  public boolean isClaim() {
    return claims().contains(this);
  }

  /** The states that hold a claim, for queries. */
  public static Set<RegistrationStatus> claims() {
    return EnumSet.of(SUBMITTED, UNDER_REVIEW, ON_HOLD, INFORMATION_REQUESTED, APPEALED, APPROVED);
  }

  /** Waiting for a decision of the brand: a channel manager's ruling or a brand admin's. */
  public boolean isAwaitingBrand() {
    return this == UNDER_REVIEW || this == APPEALED;
  }
}
