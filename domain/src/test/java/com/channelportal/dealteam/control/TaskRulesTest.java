package com.channelportal.dealteam.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.onboarding.control.FieldProblem;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskRulesTest {

  private static final Set<String> TEAM = Set.of("huanan.user", "zhang.wei");
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

  @Test
  void aCompleteTaskForSomeoneOnTheTeamIsValid() {
    assertThat(TaskRules.forNew(new TaskForm("发报价", null, "huanan.user", FRIDAY, null), TEAM))
        .isEmpty();
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    assertThat(TaskRules.forNew(new TaskForm(" ", null, null, null, null), TEAM))
        .extracting(FieldProblem::reason)
        .containsExactly("title.REQUIRED", "assignee.REQUIRED", "dueDate.REQUIRED");
  }

  @Test
  void theAssigneeMustBeOnTheTeamAndTextsFitTheirColumns() {
    var form = new TaskForm("x".repeat(201), "y".repeat(2001), "litai.user", FRIDAY, null);
    assertThat(TaskRules.forNew(form, TEAM))
        .extracting(FieldProblem::reason)
        .containsExactlyInAnyOrder("title.TOO_LONG", "description.TOO_LONG", TaskRules.NOT_ON_TEAM);
  }

  @Test
  void aChangeChecksOnlyWhatItChangesAndTheTransition() {
    assertThat(
            TaskRules.forChange(
                new TaskForm(null, null, null, null, TaskStatus.DONE), TaskStatus.OPEN, TEAM))
        .isEmpty();
    assertThat(
            TaskRules.forChange(
                new TaskForm(null, null, null, null, TaskStatus.CANCELLED), TaskStatus.DONE, TEAM))
        .extracting(FieldProblem::field, FieldProblem::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("status", TaskRules.TRANSITION));
    assertThat(TaskRules.forChange(new TaskForm("", null, null, null, null), TaskStatus.OPEN, TEAM))
        .extracting(FieldProblem::reason)
        .containsExactly("title.REQUIRED");
  }
}
