package com.channelportal.review.entity;

/** A brand admin's answer to an appeal. */
public enum AppealDecision {
  /** The rejection stands, for good. */
  UPHOLD,
  /** The rejection is set aside and the claim is reviewed again. */
  OVERTURN
}
