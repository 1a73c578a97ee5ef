package com.channelportal.followup.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InactivityTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
  private final Inactivity rule = new Inactivity(30);

  @Test
  void aDealWithoutActivityCountsFromItsApproval() {
    assertFalse(rule.isInactive(null, NOW.minusDays(30), NOW));
    assertTrue(rule.isInactive(null, NOW.minusDays(30).minusSeconds(1), NOW));
  }

  @Test
  void theLatestActivityRestartsTheCount() {
    var approved = NOW.minusDays(90);

    assertFalse(rule.isInactive(NOW.minusDays(29), approved, NOW));
    assertTrue(rule.isInactive(NOW.minusDays(31), approved, NOW));
  }

  @Test
  void anActivityBeforeApprovalDoesNotCount() {
    assertFalse(rule.isInactive(NOW.minusDays(60), NOW.minusDays(10), NOW));
  }

  @Test
  void theManagerIsToldOncePerStretch() {
    var approved = NOW.minusDays(90);

    assertTrue(rule.isDue(NOW.minusDays(31), approved, null, NOW));
    assertFalse(rule.isDue(NOW.minusDays(31), approved, NOW.minusDays(1), NOW));
    assertFalse(rule.isDue(NOW.minusDays(5), approved, null, NOW));
  }

  @Test
  void aDayIsTheLeastSetting() {
    assertThrows(IllegalArgumentException.class, () -> new Inactivity(0));
  }
}
