package com.channelportal.customer.entity;

/** Who recorded a customer; see the package comment for why partners get records of their own. */
public enum CustomerOrigin {
  /** The brand's master data. */
  BRAND,
  /** Entered by a partner with a registration; visible to that partner's tenant only. */
  PARTNER
}
