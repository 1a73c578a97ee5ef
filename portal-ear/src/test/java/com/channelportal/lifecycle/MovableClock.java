package com.channelportal.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in the lifecycle ITs' archives: real time until a test fixes it, then moved by
 * the test, so that days and hours pass without waiting. Enabled only in those archives; the
 * portal's {@code Clocks} is the production source of "now".
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

  private volatile Instant fixed;

  @Produces
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }

  public Instant now() {
    var at = fixed;
    return at == null ? Instant.now() : at;
  }

  public void fixAt(Instant instant) {
    fixed = instant;
  }

  public void advance(Duration duration) {
    fixed = now().plus(duration);
  }

  /** Back to real time. */
  public void release() {
    fixed = null;
  }
}
