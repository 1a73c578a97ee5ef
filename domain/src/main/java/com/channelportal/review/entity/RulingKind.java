package com.channelportal.review.entity;

/** One entry of a registration's rulings. */
public enum RulingKind {
  APPROVED,
  REJECTED,
  SHARED,
  PUT_ON_HOLD,
  INFORMATION_REQUESTED,
  APPEALED,
  APPEAL_UPHELD,
  APPEAL_OVERTURNED
}
