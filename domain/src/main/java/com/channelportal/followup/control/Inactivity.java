package com.channelportal.followup.control;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an approved deal counts as inactive: no shared activity for {@code days} days, counted from
 * its last activity or, before the first one, from its approval. The channel manager is told once
 * per inactive stretch; an activity ends the stretch.
 */
public record Inactivity(int days) {

  public static final int DEFAULT_DAYS = 30;

  public Inactivity {
    if (days < 1) {
      throw new IllegalArgumentException("inactivity days must be at least 1, not " + days);
    }
  }

  /** The latest activity (or approval) that still leaves a deal active as of {@code nowUtc}. */
  public LocalDateTime activeSince(LocalDateTime nowUtc) {
    return nowUtc.minusDays(days);
  }

  public boolean isInactive(
      @Nullable LocalDateTime lastActivityUtc, LocalDateTime approvedAtUtc, LocalDateTime nowUtc) {
    var lastSign = lastSignOfLife(lastActivityUtc, approvedAtUtc);
    return lastSign.isBefore(activeSince(nowUtc));
  }

  /** Whether the manager is to be told now: inactive, and not yet told in this stretch. */
  public boolean isDue(
      @Nullable LocalDateTime lastActivityUtc,
      LocalDateTime approvedAtUtc,
      @Nullable LocalDateTime notifiedAtUtc,
      LocalDateTime nowUtc) {
    return isInactive(lastActivityUtc, approvedAtUtc, nowUtc) && notifiedAtUtc == null;
  }

  private static LocalDateTime lastSignOfLife(
      @Nullable LocalDateTime lastActivityUtc, LocalDateTime approvedAtUtc) {
    Objects.requireNonNull(approvedAtUtc, "approvedAt");
    return lastActivityUtc != null && lastActivityUtc.isAfter(approvedAtUtc)
        ? lastActivityUtc
        : approvedAtUtc;
  }
}
