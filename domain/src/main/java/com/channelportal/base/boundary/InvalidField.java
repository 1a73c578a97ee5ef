package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;

/**
 * One input field breaks a business rule. {@code reason} is a stable, translatable key (e.g. {@code
 * uscc.CHECK_CHARACTER}); the message is for logs and API clients. A form checked as a whole throws
 * {@link InvalidFields}, which is an {@code InvalidField} too, so handlers written for one field
 * keep working and show its first problem.
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

  /** Every broken rule, first one first; a single one unless this is {@link InvalidFields}. */
  public List<Problem> problems() {
    return List.of(new Problem(field, reason, getMessage()));
  }

  /** One field's broken rule, as {@link InvalidField} carries it. */
  public record Problem(String field, String reason, String message) {

    public Problem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }
}
