package com.channelportal.registration.control;

import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.RegistrationForm;
import java.util.List;
import java.util.Objects;

/** The outcome of {@link RegistrationRules}: a form ready to store, or what is wrong with it. */
public sealed interface RegistrationCheck {

  /**
   * @param form trimmed and normalized (USCC canonical, half-width numbers, currency upper case and
   *     CNY when absent, amounts with two decimals, empty lines dropped)
   */
  record Valid(RegistrationForm form) implements RegistrationCheck {

    public Valid {
      Objects.requireNonNull(form, "form");
    }
  }

  /** Every broken rule, in the order of the form's fields. */
  record Invalid(List<FieldProblem> problems) implements RegistrationCheck {

    public Invalid {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid form has problems");
      }
      problems = List.copyOf(problems);
    }
  }
}
