package com.channelportal.registration.control;

import java.util.regex.Pattern;

/**
 * Registration numbers: {@code DR-<year>-<sequence>}, the sequence counted per year from 1 and
 * written with at least six digits, e.g. {@code DR-2026-000123}. The year is the year of submission
 * in the brand's time zone, so numbers follow the calendar partners work by.
 */
public final class RegistrationNumber {

  public static final Pattern FORMAT = Pattern.compile("DR-[0-9]{4}-[0-9]{6,}");

  private RegistrationNumber() {}

  public static String of(int year, long sequence) {
    if (year < 1000 || year > 9999 || sequence < 1) {
      throw new IllegalArgumentException("no registration number: " + year + "/" + sequence);
    }
    return "DR-%d-%06d".formatted(year, sequence);
  }
}
