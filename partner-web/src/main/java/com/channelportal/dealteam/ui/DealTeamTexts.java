package com.channelportal.dealteam.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.FieldProblems;
import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.dealteam.entity.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Translation keys of the deal team, built from codes, and refusals placed on their fields. */
final class DealTeamTexts {

  private DealTeamTexts() {}

  static String roleKey(DealRole role) {
    return "dealteam.role." + role.name();
  }

  static String statusKey(TaskStatus status) {
    return "dealteam.status." + status.name();
  }

  /** The button that moves a task to {@code target}. */
  static String transitionKey(TaskStatus target) {
    return "dealteam.task.to." + target.name();
  }

  static String myStatusKey(String status) {
    return "dealteam.my.status." + status;
  }

  static String problemKey(String reason) {
    return "dealteam.problem." + reason;
  }

  static String ruleKey(String code) {
    return "dealteam.rule." + code;
  }

  /**
   * The mentioned name a mention problem is about: its message starts with {@code @username}, the
   * only part of it that the translated text needs.
   */
  static String mentionOf(String message) {
    var end = 1;
    while (end < message.length() && " :".indexOf(message.charAt(end)) < 0) {
      end++;
    }
    return message.startsWith("@") ? message.substring(0, end) : "";
  }

  /**
   * Shows each refusal on its field; those without one are returned, translated, for a line of
   * their own.
   */
  static List<String> place(
      Component owner, List<InvalidField.Problem> problems, Map<String, HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    return FieldProblems.place(
        problems,
        problem -> owner.getTranslation(problemKey(problem.reason()), mentionOf(problem.message())),
        field -> Optional.ofNullable(fields.get(field)));
  }

  static String cssName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
