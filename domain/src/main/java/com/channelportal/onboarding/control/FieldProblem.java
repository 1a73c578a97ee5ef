package com.channelportal.onboarding.control;

import java.util.Objects;

/**
 * One broken rule of one field.
 *
 * @param reason a translatable key {@code field.REASON}, e.g. {@code uscc.CHECK_CHARACTER}
 * @param message English, for logs and API clients
 */
public record FieldProblem(String field, String reason, String message) {

  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static FieldProblem of(String field, String code, String message) {
    return new FieldProblem(field, field + "." + code, field + ": " + message);
  }
}
