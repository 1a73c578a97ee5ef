package com.channelportal.registration.ui;

import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.MatchReason;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.RegistrationStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The translation keys this feature builds at run time, in one place so that a test can check every
 * value of every enum against both bundles.
 *
 * <p>A refused field is shown at the field, whose label names it, so most reasons translate by
 * their code alone ({@code registration.invalid.TOO_LONG}); codes whose meaning depends on the
 * field ({@code FORMAT}, {@code RANGE}) are keyed with the field, and a USCC's reasons are the
 * partner pages' ({@code invalid.uscc.CHECK_CHARACTER}).
 */
final class RegistrationTexts {

  /** Codes keyed with their field, e.g. {@code registration.invalid.contactPhone.FORMAT}. */
  static final Set<String> FIELD_SPECIFIC_CODES = Set.of("FORMAT", "RANGE");

  /** Other refusals said better than by their code alone. */
  static final Set<String> FIELD_SPECIFIC_REASONS = Set.of("lines.REQUIRED");

  /** What a USCC can be refused for, also when typed into the availability check. */
  static final Set<String> USCC_REASONS =
      Arrays.stream(CreditCodeCheck.Reason.values()).map(Enum::name).collect(Collectors.toSet());

  /** Parameters of match reasons whose values are codes to translate, not data to show. */
  static final Set<String> TRANSLATED_PARAMS = Set.of("key", "why");

  private RegistrationTexts() {}

  static String statusKey(RegistrationStatus status) {
    return "registration.status." + lower(status.name());
  }

  static String stageKey(DealStage stage) {
    return "registration.stage." + lower(stage.name());
  }

  static String candidateKey(CandidateKind kind) {
    return "registration.candidate." + lower(kind.name());
  }

  static String answerKey(AvailabilityAnswer.Kind kind) {
    return "availability.answer." + lower(kind.name());
  }

  static String reasonKey(MatchReason.Code code) {
    return "match.reason." + code.name();
  }

  /**
   * A parameter value that is itself a code, e.g. {@code key=TRADE_NAME}, {@code why=free mail}.
   */
  static String paramValueKey(String param, String value) {
    return "match." + param + "." + value.strip().replace(' ', '-');
  }

  static String ruleKey(String code) {
    return "rule." + code;
  }

  /**
   * @param field as the domain reports it, e.g. {@code lines[0].quantity}
   * @param reason {@code field.CODE}
   */
  static String invalidKey(String field, String reason) {
    var code = reason.substring(reason.lastIndexOf('.') + 1);
    var leaf = field.replaceAll("\\[\\d+]", "");
    if (leaf.endsWith("uscc") || "query".equals(leaf) && USCC_REASONS.contains(code)) {
      return "invalid.uscc." + code;
    }
    if (FIELD_SPECIFIC_CODES.contains(code) || FIELD_SPECIFIC_REASONS.contains(leaf + "." + code)) {
      return "registration.invalid." + leaf + "." + code;
    }
    return "registration.invalid." + code;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
