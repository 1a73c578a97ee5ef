package com.channelportal.scheduling.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A job's time grid: slots of {@code every}, counted from the epoch in UTC, so that every node
 * computes the same slot for the same instant whatever its start time. A job runs once per slot;
 * slots missed while no node ran are not caught up one by one, since each run does all the work
 * that is due by then.
 */
public record JobSlots(Duration every) {

  public JobSlots {
    Objects.requireNonNull(every, "every");
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("a job runs at most once a second: " + every);
    }
  }

  /** The start of the slot that {@code nowUtc} falls in. */
  public LocalDateTime slotOf(LocalDateTime nowUtc) {
    var micros = micros(nowUtc);
    var size = micros(every);
    return fromMicros(Math.floorDiv(micros, size) * size);
  }

  /**
   * The start of the first slot after the one {@code nowUtc} falls in: when the job is due next.
   */
  public LocalDateTime nextAfter(LocalDateTime nowUtc) {
    return slotOf(nowUtc).plus(every);
  }

  private static long micros(LocalDateTime utc) {
    var instant = utc.toInstant(ZoneOffset.UTC);
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static long micros(Duration duration) {
    return Math.addExact(
        Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000L);
  }

  private static LocalDateTime fromMicros(long micros) {
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L),
        (int) Math.floorMod(micros, 1_000_000L) * 1_000,
        ZoneOffset.UTC);
  }
}
