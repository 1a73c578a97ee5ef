package com.channelportal.partner.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a company stands in the programme. An application is approved (active) or rejected; an
 * active partner can be suspended and reinstated. A rejection is final: the company applies anew.
 */
public enum PartnerStatus {
  APPLIED,
  ACTIVE,
  SUSPENDED,
  REJECTED;

  public Set<PartnerStatus> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(ACTIVE, REJECTED);
      case ACTIVE -> EnumSet.of(SUSPENDED);
      case SUSPENDED -> EnumSet.of(ACTIVE);
      case REJECTED -> EnumSet.noneOf(PartnerStatus.class);
    };
  }

  public boolean canBecome(PartnerStatus target) {
    return next().contains(target);
  }
}
