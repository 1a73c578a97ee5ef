package com.channelportal.base.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now". UTC, because times are stored in UTC and shown in the user's zone; tests
 * replace it with a fixed clock.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
