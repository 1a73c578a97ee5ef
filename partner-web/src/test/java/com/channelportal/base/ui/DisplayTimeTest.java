package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {

  @Test
  void utcLateEveningIsTheNextMorningInShanghai() {
    assertThat(DisplayTime.format(LocalDateTime.of(2026, 12, 31, 17, 30)))
        .isEqualTo("2027-01-01 01:30");
  }

  @Test
  void anotherZoneOnRequest() {
    assertThat(DisplayTime.format(LocalDateTime.of(2026, 7, 1, 8, 5), ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-07-01 10:05");
  }

  @Test
  void nothingForNoTime() {
    assertThat(DisplayTime.format(null)).isEmpty();
  }
}
