package com.channelportal.followup.entity;

/**
 * What was done on a deal. {@code DEAL_UPDATE} is the system's entry for a change of the deal's
 * stage or forecast; nobody logs it by hand.
 */
public enum DealActivityKind {
  VISIT,
  CALL,
  MEETING,
  /** A demonstration or a trial. */
  DEMO,
  QUOTATION,
  BID,
  NOTE,
  DEAL_UPDATE;

  public boolean isLoggable() {
    return this != DEAL_UPDATE;
  }
}
