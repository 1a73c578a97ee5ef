package com.channelportal.identity.control;

/**
 * The answer of {@link TeamRules}: {@link #OK}, or why not, for the UI to translate and the API to
 * map to 403 (the first two) or 409 (the last).
 */
public enum TeamCheck {
  OK,
  /** The actor is neither a partner admin nor a brand admin. */
  NOT_TEAM_ADMIN,
  /** A partner admin acting on a member of another organization. */
  OTHER_ORGANIZATION,
  /** The change would leave the organization without an enabled admin. */
  LAST_ADMIN;

  public boolean isOk() {
    return this == OK;
  }
}
