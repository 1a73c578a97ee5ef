package com.channelportal.onboarding.boundary;

import com.channelportal.onboarding.control.SubmissionLimiter;
import com.channelportal.onboarding.control.SubmissionLimiter.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one limiter of the public application form per deployed application, and so per server node:
 * nodes do not share their counts (see {@link SubmissionLimiter}). The limits can be changed
 * through MicroProfile Config, e.g. the environment variable {@code
 * PORTAL_ONBOARDING_LIMIT_PER_CLIENT_PER_10_MINUTES}.
 */
@ApplicationScoped
public class SubmissionLimits {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.onboarding.limit.per-client-per-10-minutes", defaultValue = "3")
  int perClientShort;

  @Inject
  @ConfigProperty(name = "portal.onboarding.limit.per-client-per-day", defaultValue = "10")
  int perClientDay;

  @Inject
  @ConfigProperty(name = "portal.onboarding.limit.per-hour", defaultValue = "100")
  int perHour;

  @Produces
  @Singleton
  SubmissionLimiter limiter() {
    var limits =
        new Limits(
            perClientShort,
            Duration.ofMinutes(10),
            perClientDay,
            Duration.ofDays(1),
            perHour,
            Duration.ofHours(1));
    return new SubmissionLimiter(clock, limits);
  }
}
