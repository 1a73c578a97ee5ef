package com.channelportal.review.entity;

/** What a channel manager decides on a claim under review (or on hold). */
public enum Decision {
  /** This claim wins; the other partners' pending claims on the customer are put on hold. */
  APPROVE,
  /** This claim loses, with a reason code. */
  REJECT,
  /** This claim and the other partners' claims on the customer are all approved, as shared. */
  SHARE,
  /** Back to the partner for more information; it is checked again when resubmitted. */
  RETURN
}
