package com.channelportal.direct.entity;

/**
 * An opportunity is open until it is won or lost, or until it lapses for want of recorded activity.
 * Only an open one counts in conflict detection.
 */
public enum DirectOpportunityStatus {
  OPEN,
  WON,
  LOST,
  LAPSED
}
