package com.channelportal.registration.boundary;

import com.channelportal.onboarding.control.SubmissionLimiter;
import com.channelportal.onboarding.control.SubmissionLimiter.Limits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often a partner's user may use the availability check: it answers questions about other
 * partners' claims, so asking a thousand names would map them. Counted per user and per server
 * node, like the public application form (decision 10); only well-formed queries count. Configured
 * through MicroProfile Config, e.g. {@code PORTAL_REGISTRATION_AVAILABILITY_PER_USER_PER_HOUR}.
 */
@ApplicationScoped
public class AvailabilityLimits {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.registration.availability.per-user-per-hour", defaultValue = "20")
  int perUserHour;

  @Inject
  @ConfigProperty(name = "portal.registration.availability.per-user-per-day", defaultValue = "100")
  int perUserDay;

  @Inject
  @ConfigProperty(name = "portal.registration.availability.per-hour", defaultValue = "2000")
  int perHour;

  private SubmissionLimiter limiter;

  @PostConstruct
  void init() {
    limiter =
        new SubmissionLimiter(
            clock,
            new Limits(
                perUserHour,
                Duration.ofHours(1),
                perUserDay,
                Duration.ofDays(1),
                perHour,
                Duration.ofHours(1)));
  }

  SubmissionLimiter.Admission admit(String user) {
    return limiter.admit(user);
  }
}
