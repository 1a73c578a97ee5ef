package com.channelportal.onboarding.control;

import com.channelportal.onboarding.entity.ApplicationForm;
import java.util.List;
import java.util.Objects;

/** The outcome of {@link ApplicationRules#check}: a form ready to store, or what is wrong. */
public sealed interface ApplicationCheck {

  /**
   * @param form trimmed and normalized (USCC canonical, e-mail domain in ASCII, language tag
   *     canonical, phone half-width)
   * @param emailDomain the registrable domain of the e-mail address
   * @param nameKey the company name as compared for duplicates
   */
  record Valid(ApplicationForm form, String emailDomain, String nameKey)
      implements ApplicationCheck {

    public Valid {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(emailDomain, "emailDomain");
      Objects.requireNonNull(nameKey, "nameKey");
    }
  }

  /** Every broken rule, in the order of the form's fields. */
  record Invalid(List<FieldProblem> problems) implements ApplicationCheck {

    public Invalid {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid form has problems");
      }
      problems = List.copyOf(problems);
    }
  }
}
