package com.channelportal.notification.control;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed mail is tried again: after 1, 2, 4, 8, 16, 32 and 60 minutes, then never (about two
 * hours in all, longer than a mail server's restart or a network outage should last; the
 * notification is in the portal regardless). The pauses grow so that a server that is down is not
 * hammered by every waiting mail each minute.
 */
public final class MailRetries {

  /** Sends in all, the first one included. */
  public static final int MAX_ATTEMPTS = 8;

  private static final Duration FIRST = Duration.ofMinutes(1);
  private static final Duration LONGEST = Duration.ofMinutes(60);

  private MailRetries() {}

  /**
   * @param failedAttempts how many sends have failed so far, this one included
   * @return the pause before the next attempt, or empty when the mail is given up
   */
  public static Optional<Duration> pauseAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no attempt failed yet: " + failedAttempts);
    }
    if (failedAttempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    var pause = FIRST.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
    return Optional.of(pause.compareTo(LONGEST) > 0 ? LONGEST : pause);
  }
}
