package com.channelportal.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-05T08:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

  @Test
  void aReviewIsEscalatedOnceItHasWaitedLongerThanTheServiceLevel() {
    var level = new ServiceLevel(ServiceLevel.DEFAULT_HOURS);

    assertThat(level.isEscalated(NOW.minusHours(48), NOW)).as("exactly 48 hours").isFalse();
    assertThat(level.isEscalated(NOW.minusHours(48).minusNanos(1000), NOW)).isTrue();
    assertThat(level.isEscalated(NOW.minusDays(10), NOW)).isTrue();
    assertThat(level.isEscalated(NOW, NOW)).isFalse();
  }

  @Test
  void theServiceLevelIsConfigurable() {
    var level = new ServiceLevel(4);

    assertThat(level.isEscalated(NOW.minusHours(5), NOW)).isTrue();
    assertThat(level.isEscalated(NOW.minusHours(3), NOW)).isFalse();
    assertThat(level.cutoff(NOW)).isEqualTo(NOW.minusHours(4));
  }

  @Test
  void theWaitIsNeverNegative() {
    assertThat(ServiceLevel.waited(NOW.plusMinutes(5), NOW)).isEqualTo(Duration.ZERO);
    assertThat(ServiceLevel.waited(NOW.minusMinutes(90), NOW)).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void lessThanAnHourIsRefused() {
    assertThatThrownBy(() -> new ServiceLevel(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
