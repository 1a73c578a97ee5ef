package com.channelportal.review.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How long a claim may wait for the brand before it is escalated to brand admins: {@code hours}
 * from the moment it began to wait (sent to review, reopened, appealed). A review that has waited
 * exactly that long is escalated.
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
    return waited(sinceUtc, nowUtc).compareTo(Duration.ofHours(hours)) >= 0;
  }

  /** Claims waiting since this moment or earlier are escalated at {@code nowUtc}, for queries. */
  public LocalDateTime escalatedIfWaitingSince(LocalDateTime nowUtc) {
    return nowUtc.minusHours(hours);
  }
}
