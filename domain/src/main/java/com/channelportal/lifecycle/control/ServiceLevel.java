package com.channelportal.lifecycle.control;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a registration may wait for a ruling before it is escalated: longer than {@code hours}
 * since it went under review (48 by default). The conflict desk shows the same flag.
 */
public record ServiceLevel(int hours) {

  public static final int DEFAULT_HOURS = 48;

  public ServiceLevel {
    if (hours < 1) {
      throw new IllegalArgumentException("the service level is at least an hour: " + hours);
    }
  }

  /** Reviews since before this time are overdue at {@code nowUtc}. */
  public LocalDateTime cutoff(LocalDateTime nowUtc) {
    return nowUtc.minus(Duration.ofHours(hours));
  }

  public boolean overdue(LocalDateTime reviewSinceUtc, LocalDateTime nowUtc) {
    return reviewSinceUtc.isBefore(cutoff(nowUtc));
  }
}
