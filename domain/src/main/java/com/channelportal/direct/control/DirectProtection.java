package com.channelportal.direct.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How long an open direct opportunity protects its customer: through the {@code inactivityDays}-th
 * day after its last sign of life (its latest activity, or its creation), counted in calendar days
 * of the brand's time zone. Last active on 2026-03-01 with 30 days, it protects through 2026-03-31
 * and lapses on 2026-04-01. A day, not a 24-hour span: a visit at 23:30 in Shanghai counts for that
 * Shanghai day, although it is the previous afternoon in UTC.
 */
public record DirectProtection(int inactivityDays, ZoneId zone) {

  public static final int DEFAULT_DAYS = 30;

  public DirectProtection {
    if (inactivityDays < 1) {
      throw new IllegalArgumentException("at least one day without activity: " + inactivityDays);
    }
  }

  /** The brand's calendar day of a UTC time. */
  public LocalDate dayOf(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
  }

  /** The last day protected after a sign of life at {@code lastActiveUtc}. */
  public LocalDate protectedUntil(LocalDateTime lastActiveUtc) {
    return dayOf(lastActiveUtc).plusDays(inactivityDays);
  }

  /** Whether an opportunity last active at {@code lastActiveUtc} has lapsed on {@code today}. */
  public boolean lapsedOn(LocalDateTime lastActiveUtc, LocalDate today) {
    return today.isAfter(protectedUntil(lastActiveUtc));
  }

  /**
   * UTC: an opportunity whose last sign of life is before this instant has lapsed on {@code today};
   * the start of the brand's day {@code inactivityDays} before today.
   */
  public LocalDateTime lapsedIfLastActiveBefore(LocalDate today) {
    return today
        .minusDays(inactivityDays)
        .atStartOfDay(zone)
        .withZoneSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
  }
}
