package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A well-formed request that the current state forbids, such as demoting a distributor's last
 * admin. {@code code} is a stable, translatable key (e.g. {@code team.LAST_ADMIN}); the API answers
 * 409 with it.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

  private final String code;

  public RuleViolation(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
