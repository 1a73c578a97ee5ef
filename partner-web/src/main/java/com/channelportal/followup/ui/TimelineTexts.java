package com.channelportal.followup.ui;

import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.RegistrationStatus;
import java.util.Locale;

/** The translation keys the deal workspace builds at run time. */
final class TimelineTexts {

  private TimelineTexts() {}

  static String kindKey(DealActivityKind kind) {
    return "followup.kind." + lower(kind.name());
  }

  /**
   * @param reason {@code field.CODE} as the domain reports it
   */
  static String invalidKey(String reason) {
    var code = reason.substring(reason.lastIndexOf('.') + 1);
    // a file's size and type need other words than a field's
    return reason.startsWith("file.")
        ? "followup.invalid.file." + code
        : "followup.invalid." + code;
  }

  static String visibilityKey(Visibility visibility) {
    return "followup.visibility." + visibility.name();
  }

  /** The registration pages' words for statuses and stages. */
  static String statusKey(RegistrationStatus status) {
    return "registration.status." + lower(status.name());
  }

  static String stageKey(DealStage stage) {
    return "registration.stage." + lower(stage.name());
  }

  static String ruleKey(String code) {
    return "followup.rule." + code;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
