package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;

/**
 * One input field breaks a business rule. {@code reason} is a stable, translatable key (e.g. {@code
 * uscc.CHECK_CHARACTER}); the message is for logs and API clients.
 */
@ApplicationException(rollback = true)
public class InvalidField extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidField(String field, String reason, String message) {
    super(message);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
