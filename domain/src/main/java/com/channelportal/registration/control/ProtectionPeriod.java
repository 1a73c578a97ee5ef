package com.channelportal.registration.control;

import java.time.LocalDate;

/**
 * How long an approved registration protects its customer: {@code days} calendar days from the day
 * of approval in the brand's time zone, that last day included. Approved on 2026-03-01 with 90
 * days, the claim holds through 2026-05-30.
 */
public record ProtectionPeriod(int days) {

  public static final int DEFAULT_DAYS = 90;

  public static final ProtectionPeriod DEFAULT = new ProtectionPeriod(DEFAULT_DAYS);

  public ProtectionPeriod {
    if (days < 1) {
      throw new IllegalArgumentException("protection must last at least a day: " + days);
    }
  }

  /** The last day of protection for a registration approved on {@code approvedOn}. */
  public LocalDate protectedUntil(LocalDate approvedOn) {
    return approvedOn.plusDays(days - 1L);
  }

  /** Whether a claim protected until {@code protectedUntil} still holds on {@code today}. */
  public static boolean holds(LocalDate protectedUntil, LocalDate today) {
    return !today.isAfter(protectedUntil);
  }
}
