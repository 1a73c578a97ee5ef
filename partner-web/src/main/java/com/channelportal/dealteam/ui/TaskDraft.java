package com.channelportal.dealteam.ui;

import com.channelportal.dealteam.entity.TaskForm;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new task as the form edits it, before it is sent. */
final class TaskDraft {

  private String title = "";
  private String description = "";
  private @Nullable String assignee;
  private @Nullable LocalDate dueDate;

  String getTitle() {
    return title;
  }

  void setTitle(@Nullable String title) {
    this.title = title == null ? "" : title;
  }

  String getDescription() {
    return description;
  }

  void setDescription(@Nullable String description) {
    this.description = description == null ? "" : description;
  }

  @Nullable String getAssignee() {
    return assignee;
  }

  void setAssignee(@Nullable String assignee) {
    this.assignee = assignee;
  }

  @Nullable LocalDate getDueDate() {
    return dueDate;
  }

  void setDueDate(@Nullable LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  TaskForm toForm() {
    return new TaskForm(title, description.isBlank() ? null : description, assignee, dueDate, null);
  }
}
