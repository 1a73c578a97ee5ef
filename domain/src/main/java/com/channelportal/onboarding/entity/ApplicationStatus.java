package com.channelportal.onboarding.entity;

import java.util.EnumSet;
import java.util.Set;

/** An application waits for one decision; both decisions are final. */
public enum ApplicationStatus {
  SUBMITTED,
  APPROVED,
  REJECTED;

  public Set<ApplicationStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
      case APPROVED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
    };
  }

  public boolean canBecome(ApplicationStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
