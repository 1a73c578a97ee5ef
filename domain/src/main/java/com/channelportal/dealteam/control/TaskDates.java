package com.channelportal.dealteam.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which reminder a due day calls for on a given today: the day before it ({@link
 * Reminder#DUE_SOON}) and any day after it ({@link Reminder#OVERDUE}); each is told once per task
 * and due day, so a job that runs late still tells an overdue task once.
 */
public final class TaskDates {

  public enum Reminder {
    DUE_SOON,
    OVERDUE
  }

  private TaskDates() {}

  public static Optional<Reminder> reminder(LocalDate due, LocalDate today) {
    if (due.isBefore(today)) {
      return Optional.of(Reminder.OVERDUE);
    }
    if (due.equals(today.plusDays(1))) {
      return Optional.of(Reminder.DUE_SOON);
    }
    return Optional.empty();
  }
}
