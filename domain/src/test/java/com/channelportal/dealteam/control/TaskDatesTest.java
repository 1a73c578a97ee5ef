package com.channelportal.dealteam.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.dealteam.control.TaskDates.Reminder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void theDayBeforeItIsDueSoon() {
    assertThat(TaskDates.reminder(TODAY.plusDays(1), TODAY)).contains(Reminder.DUE_SOON);
  }

  @Test
  void onItsDayNothingAndAfterItOverdue() {
    assertThat(TaskDates.reminder(TODAY, TODAY)).isEmpty();
    assertThat(TaskDates.reminder(TODAY.plusDays(2), TODAY)).isEmpty();
    assertThat(TaskDates.reminder(TODAY.minusDays(1), TODAY)).contains(Reminder.OVERDUE);
    assertThat(TaskDates.reminder(TODAY.minusDays(30), TODAY)).contains(Reminder.OVERDUE);
  }
}
