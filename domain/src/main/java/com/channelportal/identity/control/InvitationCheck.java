package com.channelportal.identity.control;

/** Whether an address may be invited into a partner organization, and if not, why. */
public enum InvitationCheck {
  OK,
  /** Not an e-mail address we could send an invitation to. */
  INVALID_ADDRESS,
  /** A free-mail provider: the address proves no affiliation with the company. */
  FREE_MAIL,
  /** Not one of the company's domains, and the company may not invite outside them. */
  FOREIGN_DOMAIN;

  public boolean isOk() {
    return this == OK;
  }
}
