package com.channelportal.matching.entity;

/** Where a candidate comes from: the three kinds of record a new registration may conflict with. */
public enum CandidateKind {
  /** A customer master record of the brand. */
  CUSTOMER,
  /** An active deal registration of any partner. */
  REGISTRATION,
  /** An opportunity of the brand's own direct sales. */
  DIRECT_OPPORTUNITY
}
