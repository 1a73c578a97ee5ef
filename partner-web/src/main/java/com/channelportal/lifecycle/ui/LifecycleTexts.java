package com.channelportal.lifecycle.ui;

import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import java.util.Locale;

/** The translation keys of the lifecycle's states, rules and field problems. */
final class LifecycleTexts {

  private LifecycleTexts() {}

  static String statusKey(ExtensionStatus status) {
    return "lifecycle.extension.status." + status.name().toLowerCase(Locale.ROOT);
  }

  static String outcomeKey(DealOutcome outcome) {
    return "lifecycle.closing." + outcome.name().toLowerCase(Locale.ROOT);
  }

  /** A rule code such as {@code lifecycle.NOT_PROTECTED} or {@code registration.TRANSITION}. */
  static String ruleKey(String code) {
    return "rule." + code;
  }

  /**
   * @param reason {@code field.CODE} as the domain reports it, e.g. {@code days.RANGE}
   */
  static String invalidKey(String reason) {
    return "lifecycle.invalid." + reason;
  }
}
