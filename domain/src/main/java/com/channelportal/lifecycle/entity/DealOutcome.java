package com.channelportal.lifecycle.entity;

import com.channelportal.registration.entity.RegistrationStatus;

/** How the partner closes a protected deal. */
public enum DealOutcome {
  WON,
  LOST;

  public RegistrationStatus status() {
    return this == WON ? RegistrationStatus.WON : RegistrationStatus.LOST;
  }
}
