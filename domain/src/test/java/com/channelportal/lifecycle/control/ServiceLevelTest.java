package com.channelportal.lifecycle.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

  private static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 25, 9, 30);
  private static final ServiceLevel DEFAULT = new ServiceLevel(ServiceLevel.DEFAULT_HOURS);

  @Test
  void exactlyFortyEightHoursIsStillWithinTheServiceLevel() {
    assertThat(DEFAULT.overdue(SINCE, SINCE.plusHours(48))).isFalse();
  }

  @Test
  void longerThanFortyEightHoursIsOverdue() {
    assertThat(DEFAULT.overdue(SINCE, SINCE.plusHours(48).plusNanos(1_000))).isTrue();
    assertThat(DEFAULT.overdue(SINCE, SINCE.plusDays(5))).isTrue();
  }

  @Test
  void theCutoffIsTheHoursBeforeNow() {
    assertThat(new ServiceLevel(24).cutoff(SINCE)).isEqualTo(SINCE.minusDays(1));
  }

  @Test
  void aServiceLevelIsAtLeastAnHour() {
    assertThatThrownBy(() -> new ServiceLevel(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
