package com.channelportal.dealteam.entity;

/**
 * What someone does on a deal. The partner's people are its reps (the company's own roles say who
 * is an admin); the brand's are its channel manager, presales engineers and direct sales reps.
 */
public enum DealRole {
  PARTNER_REP(false),
  CHANNEL_MANAGER(true),
  PRESALES(true),
  DIRECT_REP(true);

  public static final int MAX_LENGTH = 32;

  private final boolean brand;

  DealRole(boolean brand) {
    this.brand = brand;
  }

  /** Whether brand staff hold this role; otherwise the owning partner's people do. */
  public boolean isBrand() {
    return brand;
  }
}
