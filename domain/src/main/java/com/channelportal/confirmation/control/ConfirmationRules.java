package com.channelportal.confirmation.control;

import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.RegistrationStatus;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which registrations a partner may ask its customer about, and what a request must contain. Only
 * claims that exist and are not over: a draft is nobody's claim yet, and after a decision against
 * it or its end the question no longer helps anyone.
 */
public final class ConfirmationRules {

  public static final String CHINESE = "zh-CN";
  public static final String ENGLISH = "en";
  public static final Set<String> LANGUAGES = Set.of(CHINESE, ENGLISH);

  public static final Set<RegistrationStatus> ASKABLE =
      Set.of(
          RegistrationStatus.SUBMITTED,
          RegistrationStatus.UNDER_REVIEW,
          RegistrationStatus.APPROVED);

  private ConfirmationRules() {}

  /** The form with its values normalized; the language defaults to Chinese. */
  public record Checked(ConfirmationForm form, List<FieldProblem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static Checked check(@Nullable ConfirmationForm form) {
    var checks = new FieldChecks();
    var raw = form == null ? new ConfirmationForm(null, null, null) : form;
    var email =
        checks.email(
            ConfirmationForm.EMAIL, raw.email(), CustomerConfirmation.EMAIL_MAX_LENGTH, true);
    var name =
        checks.text(ConfirmationForm.NAME, raw.name(), CustomerConfirmation.NAME_MAX_LENGTH, false);
    var language =
        raw.language() == null || raw.language().isBlank() ? CHINESE : raw.language().strip();
    if (!LANGUAGES.contains(language)) {
      checks.fail(ConfirmationForm.LANGUAGE, "UNSUPPORTED", "zh-CN or en");
    }
    return new Checked(new ConfirmationForm(email, name, language), checks.problems());
  }

  public static boolean askable(RegistrationStatus status) {
    return ASKABLE.contains(status);
  }
}
