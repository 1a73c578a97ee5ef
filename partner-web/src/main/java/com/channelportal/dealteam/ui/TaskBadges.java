package com.channelportal.dealteam.ui;

import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.dealteam.entity.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** The due day and status of a task as small badges; an overdue task stands out in red. */
final class TaskBadges {

  private TaskBadges() {}

  static Span due(Component owner, DealTask task, LocalDate today) {
    if (!task.isOverdue(today)) {
      return new Span(task.getDueDate().toString());
    }
    var span =
        new Span(owner.getTranslation("dealteam.task.overdue", task.getDueDate().toString()));
    span.addClassName("task-overdue");
    span.getElement().getThemeList().add("badge error");
    return span;
  }

  static Span status(Component owner, TaskStatus status) {
    var span = new Span(owner.getTranslation(DealTeamTexts.statusKey(status)));
    span.addClassName("task-status-" + DealTeamTexts.cssName(status));
    span.getElement().getThemeList().add(status == TaskStatus.OPEN ? "badge" : "badge contrast");
    return span;
  }
}
