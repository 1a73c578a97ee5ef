package com.channelportal.followup.entity;

import com.channelportal.identity.entity.Caller;

/** Which company the author of an activity works for. */
public enum AuthorSide {
  PARTNER,
  BRAND;

  public static AuthorSide of(Caller caller) {
    return caller.isBrandStaff() ? BRAND : PARTNER;
  }
}
