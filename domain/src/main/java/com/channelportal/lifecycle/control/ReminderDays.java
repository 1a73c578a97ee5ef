package com.channelportal.lifecycle.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When partners hear that protection ends: on the days that many days before the last protected day
 * (14 and 3 by default; 0 is that day itself). A job that did not run on a reminder day catches up
 * with the reminder of the window it is in, not with every missed one: on the second day before the
 * end the partner hears "3 days", never "14 days" too.
 */
public record ReminderDays(SortedSet<Integer> days) {

  public static final ReminderDays DEFAULT = of(java.util.List.of(14, 3));

  public ReminderDays {
    days = new TreeSet<>(days);
    if (days.isEmpty() || days.first() < 0) {
      throw new IllegalArgumentException("reminder days are 0 or more, at least one: " + days);
    }
  }

  public static ReminderDays of(Collection<Integer> days) {
    return new ReminderDays(new TreeSet<>(days));
  }

  /** Parses {@code "14,3"}. */
  public static ReminderDays parse(String text) {
    var days = new TreeSet<Integer>();
    for (var part : text.split(",")) {
      if (!part.isBlank()) {
        days.add(Integer.parseInt(part.strip()));
      }
    }
    return new ReminderDays(days);
  }

  /** The furthest reminder day: no registration ending later than today plus this needs one. */
  public int furthest() {
    return days.last();
  }

  /**
   * The reminder due on {@code today} for protection ending on {@code protectedUntil}: the smallest
   * reminder day that is not before the days left; empty before the first window and after the end.
   */
  public OptionalInt due(LocalDate today, LocalDate protectedUntil) {
    var left = ChronoUnit.DAYS.between(today, protectedUntil);
    if (left < 0) {
      return OptionalInt.empty();
    }
    return days.stream().filter(d -> d >= left).mapToInt(Integer::intValue).min();
  }
}
