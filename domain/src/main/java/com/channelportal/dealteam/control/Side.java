package com.channelportal.dealteam.control;

/** Where a person stands towards one deal, as the directory and the deal's scope say. */
public enum Side {
  /** A user of the company that owns the registration. */
  PARTNER,
  /** Brand staff who may read the deal (brand admins, brand sales, the partner's manager). */
  BRAND,
  /** Someone who exists but may not read this deal (another distributor, another manager's). */
  OUTSIDER,
  /** Nobody of that name can sign in. */
  UNKNOWN;

  /** May read the deal's shared items. */
  public boolean isReader() {
    return this == PARTNER || this == BRAND;
  }
}
