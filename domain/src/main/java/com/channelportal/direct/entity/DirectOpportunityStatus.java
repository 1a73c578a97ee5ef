package com.channelportal.direct.entity;

/** An opportunity is open until it is won or lost. */
public enum DirectOpportunityStatus {
  OPEN,
  WON,
  LOST
}
