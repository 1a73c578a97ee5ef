package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Objects;

/**
 * The caller sent more requests of this kind than allowed and may try again after {@link
 * #retryAfter()} (429 with {@code Retry-After}). Nothing was stored.
 */
@ApplicationException(rollback = true)
public class TooManyRequests extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequests(String what, Duration retryAfter) {
    super(what + ": too many requests, retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
