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
 * <p>The partner may withdraw at any point before the deal is closed, also an approved claim (which
 * frees the customer). Rejected, withdrawn, expired, won and lost are final. A draft is never
 * deleted: it is withdrawn, so that every number and every claim leaves a trace.
 */
public enum RegistrationStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  APPROVED,
  REJECTED,
  WITHDRAWN,
  EXPIRED,
  WON,
  LOST;

  public Set<RegistrationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(UNDER_REVIEW, APPROVED, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
      case APPROVED -> EnumSet.of(EXPIRED, WON, LOST, WITHDRAWN);
      case REJECTED, WITHDRAWN, EXPIRED, WON, LOST -> EnumSet.noneOf(RegistrationStatus.class);
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
   * one only while its protection lasts.
   */
  public boolean isClaim() {
    return this == SUBMITTED || this == UNDER_REVIEW || this == APPROVED;
  }

  /** The states that hold a claim, for queries. */
  public static Set<RegistrationStatus> claims() {
    return EnumSet.of(SUBMITTED, UNDER_REVIEW, APPROVED);
  }
}
