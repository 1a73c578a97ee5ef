package com.channelportal.review.control;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.AppealDecisionForm;
import com.channelportal.review.entity.AppealForm;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.Ruling;
import com.channelportal.review.entity.RulingForm;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a ruling, an appeal and an appeal decision must say. Every broken rule is reported at once,
 * as field and reason code ({@code rationale.TOO_SHORT}). Rationale and appeal are free text of
 * several lines; control characters other than line breaks and tabs are refused, and so is a
 * rationale too short to explain anything.
 */
public final class RulingRules {

  private RulingRules() {}

  /** A checked form: either {@code valid} or {@code problems}. */
  public record Checked<T>(@Nullable T valid, List<FieldProblem> problems) {

    public Checked {
      problems = List.copyOf(problems);
      if ((valid == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("either valid or problems");
      }
    }

    public boolean isValid() {
      return valid != null;
    }
  }

  public static Checked<RulingForm> ruling(RulingForm form) {
    var checks = new FieldChecks();
    checks.require(RulingForm.DECISION, form.decision());
    var reject = form.decision() == Decision.REJECT;
    if (reject) {
      checks.require(RulingForm.REASON_CODE, form.reasonCode());
    } else if (form.reasonCode() != null) {
      checks.fail(RulingForm.REASON_CODE, "NOT_ALLOWED", "only a rejection has a reason code");
    }
    var other = reject && form.reasonCode() == ReasonCode.OTHER;
    var otherReason =
        checks.text(
            RulingForm.OTHER_REASON, form.otherReason(), Ruling.OTHER_REASON_MAX_LENGTH, other);
    if (!other && otherReason != null) {
      checks.fail(RulingForm.OTHER_REASON, "NOT_ALLOWED", "only with the reason code OTHER");
    }
    var rationale = rationale(checks, RulingForm.RATIONALE, form.rationale());
    return checked(
        checks,
        new RulingForm(form.decision(), form.reasonCode(), other ? otherReason : null, rationale));
  }

  public static Checked<AppealForm> appeal(AppealForm form) {
    var checks = new FieldChecks();
    var text = rationale(checks, AppealForm.TEXT, form.text());
    return checked(checks, new AppealForm(text));
  }

  public static Checked<AppealDecisionForm> appealDecision(AppealDecisionForm form) {
    var checks = new FieldChecks();
    checks.require(AppealDecisionForm.DECISION, form.decision());
    var rationale = rationale(checks, AppealDecisionForm.RATIONALE, form.rationale());
    return checked(checks, new AppealDecisionForm(form.decision(), rationale));
  }

  /** The decision of an appeal, checked: never null once {@link #appealDecision} passed. */
  public static AppealDecision decisionOf(AppealDecisionForm valid) {
    if (valid.decision() == null) {
      throw new IllegalArgumentException("not checked");
    }
    return valid.decision();
  }

  private static @Nullable String rationale(
      FieldChecks checks, String field, @Nullable String raw) {
    var text = checks.multiline(field, raw, Ruling.RATIONALE_MAX_LENGTH);
    if (text == null) {
      checks.fail(field, "REQUIRED", "required");
    } else if (checks.isClean(field)
        && text.codePointCount(0, text.length()) < Ruling.RATIONALE_MIN_LENGTH) {
      checks.fail(
          field, "TOO_SHORT", "shorter than " + Ruling.RATIONALE_MIN_LENGTH + " characters");
    }
    return text;
  }

  private static <T> Checked<T> checked(FieldChecks checks, T form) {
    return checks.problems().isEmpty()
        ? new Checked<>(form, List.of())
        : new Checked<>(null, checks.problems());
  }
}
