package com.channelportal.lifecycle.control;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.lifecycle.entity.RegistrationClosing;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an extension request, a decision on it and a closing must carry, and when they are allowed.
 * Field problems are reported all at once, like the registration's; state problems are codes the
 * boundary turns into rule violations.
 */
public final class LifecycleRules {

  public static final String NOT_PROTECTED = "lifecycle.NOT_PROTECTED";
  public static final String EXTENSION_OPEN = "lifecycle.EXTENSION_OPEN";
  public static final String EXTENSION_DECIDED = "lifecycle.EXTENSION_DECIDED";

  private LifecycleRules() {}

  /** Checked input, or what is wrong with it. */
  public record Checked<T>(@Nullable T value, List<FieldProblem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Days from 1 to {@code maxDays}; a justification of {@value
   * ProtectionExtension#JUSTIFICATION_MIN_LENGTH} to {@value
   * ProtectionExtension#JUSTIFICATION_MAX_LENGTH} characters, line breaks allowed.
   */
  public static Checked<ExtensionForm> extension(ExtensionForm form, int maxDays) {
    var checks = new FieldChecks();
    var days = form.days();
    if (days == null) {
      checks.fail(ExtensionForm.DAYS, "REQUIRED", "required");
    } else if (days < 1 || days > maxDays) {
      checks.fail(ExtensionForm.DAYS, "RANGE", "1 to " + maxDays);
    }
    var justification =
        checks.multiline(
            ExtensionForm.JUSTIFICATION,
            form.justification(),
            ProtectionExtension.JUSTIFICATION_MAX_LENGTH);
    if (justification == null) {
      checks.fail(ExtensionForm.JUSTIFICATION, "REQUIRED", "required");
    } else if (checks.isClean(ExtensionForm.JUSTIFICATION)
        && justification.codePointCount(0, justification.length())
            < ProtectionExtension.JUSTIFICATION_MIN_LENGTH) {
      checks.fail(
          ExtensionForm.JUSTIFICATION,
          "TOO_SHORT",
          "at least " + ProtectionExtension.JUSTIFICATION_MIN_LENGTH + " characters");
    }
    return checked(new ExtensionForm(days, justification), checks);
  }

  /** A yes or no; a reason to deny (up to {@value ProtectionExtension#REASON_MAX_LENGTH}). */
  public static Checked<ExtensionDecision> decision(ExtensionDecision decision) {
    var checks = new FieldChecks();
    checks.require(ExtensionDecision.APPROVE, decision.approve());
    var denied = Boolean.FALSE.equals(decision.approve());
    var reason =
        checks.multiline(
            ExtensionDecision.REASON, decision.reason(), ProtectionExtension.REASON_MAX_LENGTH);
    if (denied && reason == null) {
      checks.fail(ExtensionDecision.REASON, "REQUIRED", "required to deny");
    }
    return checked(new ExtensionDecision(decision.approve(), reason), checks);
  }

  /**
   * Won with an optional amount (not negative, two decimals, as the registration's amounts), or
   * lost with a reason.
   */
  public static Checked<ClosingForm> closing(ClosingForm form) {
    var checks = new FieldChecks();
    checks.require(ClosingForm.OUTCOME, form.outcome());
    var lost = form.outcome() == DealOutcome.LOST;
    var reason =
        checks.multiline(ClosingForm.REASON, form.reason(), RegistrationClosing.REASON_MAX_LENGTH);
    if (lost && reason == null) {
      checks.fail(ClosingForm.REASON, "REQUIRED", "required for a lost deal");
    }
    BigDecimal amount = null;
    if (form.actualAmount() != null && lost) {
      checks.fail(ClosingForm.ACTUAL_AMOUNT, "NOT_WON", "only a won deal has an amount");
    } else if (form.actualAmount() != null) {
      amount = amount(form.actualAmount(), checks);
    }
    return checked(new ClosingForm(form.outcome(), amount, reason), checks);
  }

  /**
   * Whether a registration's protection still holds on {@code today}: approved, and its last
   * protected day not past, even if the expiry job has not run yet.
   */
  public static boolean protectedOn(Registration registration, LocalDate today) {
    return registration.getStatus() == RegistrationStatus.APPROVED
        && registration.getProtectedUntil() != null
        && !registration.getProtectedUntil().isBefore(today);
  }

  private static @Nullable BigDecimal amount(BigDecimal amount, FieldChecks checks) {
    var plain = amount.stripTrailingZeros();
    if (amount.signum() < 0) {
      checks.fail(ClosingForm.ACTUAL_AMOUNT, "NEGATIVE", "must not be negative");
    } else if (plain.scale() > Registration.AMOUNT_SCALE) {
      checks.fail(
          ClosingForm.ACTUAL_AMOUNT, "SCALE", "at most " + Registration.AMOUNT_SCALE + " decimals");
    } else if (plain.precision() - plain.scale() > Registration.AMOUNT_INTEGER_DIGITS) {
      checks.fail(ClosingForm.ACTUAL_AMOUNT, "TOO_LARGE", "too large");
    } else {
      return amount.setScale(Registration.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }
    return null;
  }

  private static <T> Checked<T> checked(T value, FieldChecks checks) {
    return new Checked<>(checks.problems().isEmpty() ? value : null, checks.problems());
  }
}
