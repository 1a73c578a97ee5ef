package com.channelportal.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JobSlotsTest {

  private static final JobSlots TEN_MINUTES = new JobSlots(Duration.ofMinutes(10));

  @Test
  void anInstantFallsInTheSlotThatStartedLast() {
    assertThat(TEN_MINUTES.slotOf(LocalDateTime.of(2026, 11, 27, 18, 47, 12, 345_678_000)))
        .isEqualTo(LocalDateTime.of(2026, 11, 27, 18, 40));
  }

  @Test
  void aSlotsStartBelongsToItself() {
    var start = LocalDateTime.of(2026, 11, 27, 18, 40);

    assertThat(TEN_MINUTES.slotOf(start)).isEqualTo(start);
    assertThat(TEN_MINUTES.nextAfter(start)).isEqualTo(start.plusMinutes(10));
  }

  @Test
  void theLastMicrosecondOfASlotIsStillInIt() {
    var end = LocalDateTime.of(2026, 11, 27, 18, 49, 59, 999_999_000);

    assertThat(TEN_MINUTES.slotOf(end)).isEqualTo(LocalDateTime.of(2026, 11, 27, 18, 40));
    assertThat(TEN_MINUTES.nextAfter(end)).isEqualTo(LocalDateTime.of(2026, 11, 27, 18, 50));
  }

  @Test
  void nodesThatTickAtDifferentMomentsAgreeOnTheSlot() {
    var early = LocalDateTime.of(2026, 11, 27, 18, 40, 0, 1_000);
    var late = LocalDateTime.of(2026, 11, 27, 18, 49, 58);

    assertThat(TEN_MINUTES.slotOf(early)).isEqualTo(TEN_MINUTES.slotOf(late));
  }

  @Test
  void missedSlotsAreNotCaughtUpOneByOne() {
    var afterAnOutage = LocalDateTime.of(2026, 11, 28, 3, 7);

    assertThat(TEN_MINUTES.nextAfter(afterAnOutage))
        .isEqualTo(LocalDateTime.of(2026, 11, 28, 3, 10));
  }

  @Test
  void dailySlotsStartAtMidnightUtc() {
    var daily = new JobSlots(Duration.ofDays(1));

    assertThat(daily.slotOf(LocalDateTime.of(2026, 11, 27, 23, 59)))
        .isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 0));
    assertThat(daily.nextAfter(LocalDateTime.of(2026, 11, 27, 0, 0)))
        .isEqualTo(LocalDateTime.of(2026, 11, 28, 0, 0));
  }

  @Test
  void slotsBeforeTheEpochAreFloored() {
    assertThat(TEN_MINUTES.slotOf(LocalDateTime.of(1969, 12, 31, 23, 55)))
        .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 50));
  }

  @Test
  void slotsShorterThanASecondAreRefused() {
    assertThatThrownBy(() -> new JobSlots(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
