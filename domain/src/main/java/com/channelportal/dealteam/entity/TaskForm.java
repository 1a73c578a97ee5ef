package com.channelportal.dealteam.entity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task as someone writes it: for a new task every field but the description is needed; for a
 * change (PATCH) a {@code null} field stays as it is.
 *
 * @param dueDate a calendar day as the writer means it in their own zone
 */
public record TaskForm(
    @Nullable String title,
    @Nullable String description,
    @Nullable String assignee,
    @Nullable LocalDate dueDate,
    @Nullable TaskStatus status) {

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String ASSIGNEE = "assignee";
  public static final String DUE_DATE = "dueDate";
  public static final String STATUS = "status";

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;
}
