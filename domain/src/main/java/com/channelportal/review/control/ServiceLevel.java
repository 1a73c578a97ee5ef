package com.channelportal.review.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How long a claim may wait for the brand before it is escalated to brand admins: {@code hours}
 * from the moment it began to wait (sent to review, reopened, appealed). Escalated is what waited
 * longer than that; the desk's flag and the escalation job read this one rule, so a claim never
 * shows as escalated before its notification is due.
 */
public record ServiceLevel(int hours) {

  public static final int DEFAULT_HOURS = 48;

  public ServiceLevel {
    if (hours < 1) {
      throw new IllegalArgumentException("the service level is at least an hour: " + hours);
    }
  }

  /** How long it has waited; never negative, even if another node's clock ran ahead. */
  public static Duration waited(LocalDateTime sinceUtc, LocalDateTime nowUtc) {
    var waited = Duration.between(Objects.requireNonNull(sinceUtc), Objects.requireNonNull(nowUtc));
    return waited.isNegative() ? Duration.ZERO : waited;
  }

  public boolean isEscalated(LocalDateTime sinceUtc, LocalDateTime nowUtc) {
    return sinceUtc.isBefore(cutoff(nowUtc));
  }

  /** Claims waiting since before this moment are escalated at {@code nowUtc}, for queries. */
  public LocalDateTime cutoff(LocalDateTime nowUtc) {
    return nowUtc.minusHours(hours);
  }
}
