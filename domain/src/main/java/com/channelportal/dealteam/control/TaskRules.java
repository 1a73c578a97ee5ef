package com.channelportal.dealteam.control;

import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.onboarding.control.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a task must hold: a title, an assignee from the deal team and a due day. */
public final class TaskRules {

  public static final String REQUIRED = ".REQUIRED";
  public static final String TOO_LONG = ".TOO_LONG";
  public static final String NOT_ON_TEAM = TaskForm.ASSIGNEE + ".NOT_ON_TEAM";
  public static final String TRANSITION = TaskForm.STATUS + ".NOT_ALLOWED";

  private TaskRules() {}

  /** Problems of a new task; {@code team} are the usernames on the deal team. */
  public static List<FieldProblem> forNew(TaskForm form, Set<String> team) {
    var problems = new ArrayList<FieldProblem>();
    required(problems, TaskForm.TITLE, form.title());
    required(problems, TaskForm.ASSIGNEE, form.assignee());
    if (form.dueDate() == null) {
      problems.add(problem(TaskForm.DUE_DATE, REQUIRED, "is required"));
    }
    common(problems, form, team);
    return problems;
  }

  /** Problems of a change to a task now in {@code current}; null fields are left as they are. */
  public static List<FieldProblem> forChange(
      TaskForm change, TaskStatus current, Set<String> team) {
    var problems = new ArrayList<FieldProblem>();
    if (change.title() != null) {
      required(problems, TaskForm.TITLE, change.title());
    }
    if (change.assignee() != null) {
      required(problems, TaskForm.ASSIGNEE, change.assignee());
    }
    common(problems, change, team);
    if (change.status() != null
        && change.status() != current
        && !current.canBecome(change.status())) {
      problems.add(
          new FieldProblem(
              TaskForm.STATUS,
              TRANSITION,
              "status: a task " + current + " cannot become " + change.status()));
    }
    return problems;
  }

  private static void common(List<FieldProblem> problems, TaskForm form, Set<String> team) {
    tooLong(problems, TaskForm.TITLE, form.title(), TaskForm.TITLE_MAX_LENGTH);
    tooLong(problems, TaskForm.DESCRIPTION, form.description(), TaskForm.DESCRIPTION_MAX_LENGTH);
    var assignee = form.assignee();
    if (assignee != null && !assignee.isBlank() && !team.contains(assignee)) {
      problems.add(
          new FieldProblem(TaskForm.ASSIGNEE, NOT_ON_TEAM, "assignee: not on this deal's team"));
    }
  }

  private static void required(List<FieldProblem> problems, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      problems.add(problem(field, REQUIRED, "is required"));
    }
  }

  private static void tooLong(
      List<FieldProblem> problems, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(problem(field, TOO_LONG, "at most " + max + " characters"));
    }
  }

  private static FieldProblem problem(String field, String suffix, String message) {
    return new FieldProblem(field, field + suffix, field + ": " + message);
  }
}
