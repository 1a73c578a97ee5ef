package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several fields of one form break rules at once. A form shows every message next to its field in
 * one round trip instead of revealing the problems one by one; as an {@link InvalidField} it
 * reports the first of them.
 */
@ApplicationException(rollback = true)
public class InvalidFields extends InvalidField {

  private final List<Problem> problems;

  public InvalidFields(List<Problem> problems) {
    super(first(problems).field(), first(problems).reason(), message(problems));
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<Problem> problems() {
    return problems;
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    return problems.get(0);
  }

  private static String message(List<Problem> problems) {
    return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
  }
}
