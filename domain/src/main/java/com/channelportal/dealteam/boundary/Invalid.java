package com.channelportal.dealteam.boundary;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.onboarding.control.FieldProblem;
import java.util.List;

/** The rules' problems as the exception the API and the forms report field by field. */
final class Invalid {

  private Invalid() {}

  static void check(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw fields(problems);
    }
  }

  static InvalidFields fields(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }
}
