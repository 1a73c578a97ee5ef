package com.channelportal.direct.ui;

import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunityStage;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.matching.entity.CandidateKind;
import java.util.Locale;
import java.util.Set;

/**
 * The translation keys the direct-sales pages build at run time. Stages, candidate kinds and the
 * matcher's reasons are the registration pages' texts, so both sides of a conflict read alike; a
 * refusal is keyed with its field where the code alone says too little ({@code FORMAT}).
 */
final class DirectTexts {

  static final Set<String> FIELD_SPECIFIC_CODES = Set.of("FORMAT");

  private DirectTexts() {}

  static String statusKey(DirectOpportunityStatus status) {
    return "direct.status." + lower(status.name());
  }

  static String stageKey(DirectOpportunityStage stage) {
    return "registration.stage." + lower(stage.name());
  }

  static String activityKey(ActivityKind kind) {
    return "direct.activity.kind." + lower(kind.name());
  }

  static String candidateKey(CandidateKind kind) {
    return "registration.candidate." + lower(kind.name());
  }

  static String ruleKey(String code) {
    return "direct.rule." + code;
  }

  /**
   * @param field as the domain reports it, e.g. {@code customer.phone}
   * @param reason {@code field.CODE}
   */
  static String invalidKey(String field, String reason) {
    var code = reason.substring(reason.lastIndexOf('.') + 1);
    if (field.endsWith("uscc")) {
      return "invalid.uscc." + code;
    }
    if (FIELD_SPECIFIC_CODES.contains(code)) {
      return "direct.invalid." + field + "." + code;
    }
    return "direct.invalid." + code;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
