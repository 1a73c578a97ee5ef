package com.channelportal.lifecycle.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderDaysTest {

  private static final LocalDate END = LocalDate.of(2026, 5, 30);
  private static final ReminderDays DAYS = ReminderDays.DEFAULT;

  @Test
  void nothingIsDueBeforeTheFirstWindow() {
    assertThat(DAYS.due(END.minusDays(15), END)).isEmpty();
  }

  @Test
  void theFirstReminderIsDueFourteenDaysBeforeTheLastProtectedDay() {
    assertThat(DAYS.due(END.minusDays(14), END)).isEqualTo(OptionalInt.of(14));
    assertThat(DAYS.due(END.minusDays(4), END)).isEqualTo(OptionalInt.of(14));
  }

  @Test
  void theSecondReminderIsDueThreeDaysBefore() {
    assertThat(DAYS.due(END.minusDays(3), END)).isEqualTo(OptionalInt.of(3));
    assertThat(DAYS.due(END, END)).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void aLateRunRemindsOfTheWindowItIsIn() {
    // approved with a short protection, or the job did not run for days: "3 days", not "14"
    assertThat(DAYS.due(END.minusDays(2), END)).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void nothingIsDueOnceProtectionEnded() {
    assertThat(DAYS.due(END.plusDays(1), END)).isEmpty();
  }

  @Test
  void daysAreConfigurable() {
    var days = ReminderDays.parse(" 7, 30 ,1");

    assertThat(days.days()).containsExactly(1, 7, 30);
    assertThat(days.furthest()).isEqualTo(30);
    assertThat(days.due(END.minusDays(20), END)).isEqualTo(OptionalInt.of(30));
    assertThat(days.due(END.minusDays(1), END)).isEqualTo(OptionalInt.of(1));
    assertThat(days.due(END, END)).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void noDaysOrNegativeOnesAreRefused() {
    assertThatThrownBy(() -> ReminderDays.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReminderDays.of(List.of(3, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
