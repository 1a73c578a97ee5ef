package com.channelportal.direct.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DirectProtectionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final DirectProtection cut = new DirectProtection(30, SHANGHAI);

  @Test
  void protectsThroughTheThirtiethDayAfterTheLastActivity() {
    var active = LocalDateTime.of(2026, 3, 1, 2, 0); // 10:00 in Shanghai

    assertEquals(LocalDate.of(2026, 3, 31), cut.protectedUntil(active));
    assertFalse(cut.lapsedOn(active, LocalDate.of(2026, 3, 31)));
    assertTrue(cut.lapsedOn(active, LocalDate.of(2026, 4, 1)));
  }

  @Test
  void countsTheShanghaiDayNotTheUtcDay() {
    // 2026-03-01 23:30 in Shanghai is still 2026-03-01 15:30 UTC; 00:30 on 03-02 is 03-01 16:30 UTC
    var lateEvening = LocalDateTime.of(2026, 3, 1, 15, 30);
    var afterMidnight = LocalDateTime.of(2026, 3, 1, 16, 30);

    assertEquals(LocalDate.of(2026, 3, 1), cut.dayOf(lateEvening));
    assertEquals(LocalDate.of(2026, 3, 2), cut.dayOf(afterMidnight));
    assertEquals(LocalDate.of(2026, 3, 31), cut.protectedUntil(lateEvening));
    assertEquals(LocalDate.of(2026, 4, 1), cut.protectedUntil(afterMidnight));
  }

  @Test
  void theCutoffIsTheStartOfTheShanghaiDayThirtyDaysBefore() {
    var cutoff = cut.lapsedIfLastActiveBefore(LocalDate.of(2026, 4, 1));

    // 2026-03-02 00:00 in Shanghai
    assertEquals(LocalDateTime.of(2026, 3, 1, 16, 0), cutoff);
    assertTrue(cut.lapsedOn(cutoff.minusNanos(1000), LocalDate.of(2026, 4, 1)));
    assertFalse(cut.lapsedOn(cutoff, LocalDate.of(2026, 4, 1)));
  }

  @Test
  void theQueryCutoffAndTheRuleAgreeOnEveryHourOfAMonth() {
    var today = LocalDate.of(2026, 12, 31);
    var cutoff = cut.lapsedIfLastActiveBefore(today);
    for (var at = LocalDateTime.of(2026, 11, 15, 0, 0);
        at.isBefore(LocalDateTime.of(2026, 12, 15, 0, 0));
        at = at.plusMinutes(30)) {
      assertEquals(at.isBefore(cutoff), cut.lapsedOn(at, today), at.toString());
    }
  }

  @Test
  void oneDayIsTheShortestSetting() {
    var daily = new DirectProtection(1, SHANGHAI);
    var active = LocalDateTime.of(2026, 6, 1, 4, 0);

    assertFalse(daily.lapsedOn(active, LocalDate.of(2026, 6, 2)));
    assertTrue(daily.lapsedOn(active, LocalDate.of(2026, 6, 3)));
    assertThrows(IllegalArgumentException.class, () -> new DirectProtection(0, SHANGHAI));
  }
}
