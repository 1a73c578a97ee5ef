package com.channelportal.notification.entity;

import com.channelportal.registration.entity.RegistrationEvent;

/**
 * What a notification is about; the unit a person switches e-mail off for. One kind per
 * registration event, named alike, so that a new event without a notification kind fails a test
 * instead of going silently untold.
 */
public enum NotificationKind {
  APPROVED_AUTOMATICALLY,
  SENT_TO_REVIEW,
  APPROVED,
  REJECTED,
  SHARED,
  PUT_ON_HOLD,
  INFORMATION_REQUESTED,
  RESUBMITTED,
  APPEALED,
  APPEAL_DECIDED,
  ESCALATED,
  WITHDRAWN,
  EXPIRY_REMINDER,
  EXPIRED,
  EXTENSION_REQUESTED,
  EXTENSION_DECIDED,
  WON,
  LOST,
  DEAL_INACTIVE,
  /** Put on a deal's team; the kinds from here on are told to named people (see {@link Notice}). */
  TEAM_ADDED,
  TASK_ASSIGNED,
  TASK_DUE_SOON,
  TASK_OVERDUE,
  MENTIONED;

  public static final int MAX_LENGTH = 32;

  /**
   * Told to the people a {@link Notice} names rather than to the groups of a registration event.
   */
  public boolean isPersonal() {
    return compareTo(TEAM_ADDED) >= 0;
  }

  public static NotificationKind of(RegistrationEvent.Kind event) {
    return valueOf(event.name());
  }
}
