package com.channelportal.review.ui;

import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.RulingKind;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BiFunction;

/** The translation keys the desk builds at run time, in one place for the bundle test. */
public final class ReviewTexts {

  private ReviewTexts() {}

  static String statusKey(RegistrationStatus status) {
    return "registration.status." + lower(status.name());
  }

  /**
   * A refused action's code, e.g. {@code rule.review.OTHER_APPROVED}, as the registrations' are.
   */
  static String ruleKey(String code) {
    return "rule." + code;
  }

  static String candidateKey(CandidateKind kind) {
    return "registration.candidate." + lower(kind.name());
  }

  static String decisionKey(Decision decision) {
    return "review.decision." + lower(decision.name());
  }

  public static String reasonKey(ReasonCode code) {
    return "review.reason." + lower(code.name());
  }

  static String kindKey(RulingKind kind) {
    return "review.ruling." + lower(kind.name());
  }

  static String appealDecisionKey(AppealDecision decision) {
    return "review.appeal-decision." + lower(decision.name());
  }

  /** A field's refusal, e.g. {@code review.invalid.rationale.TOO_SHORT}. */
  static String invalidKey(String reason) {
    return "review.invalid." + reason;
  }

  /** "2 d 5 h" or "35 min", in the user's language. */
  static String waited(Duration waited, BiFunction<String, Object[], String> translate) {
    var days = waited.toDays();
    var hours = waited.toHoursPart();
    if (days > 0) {
      return translate.apply("review.waited.days", new Object[] {days, hours});
    }
    if (waited.toHours() > 0) {
      return translate.apply("review.waited.hours", new Object[] {hours, waited.toMinutesPart()});
    }
    return translate.apply("review.waited.minutes", new Object[] {waited.toMinutes()});
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
