package com.channelportal.direct.boundary;

import com.channelportal.direct.control.DirectProtection;
import com.channelportal.direct.entity.DirectOpportunity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jspecify.annotations.Nullable;

/**
 * The brand's settings of direct sales, from MicroProfile Config (e.g. the environment variable
 * {@code PORTAL_DIRECT_INACTIVITY_DAYS}). The time zone is deal registration's: one brand, one
 * calendar.
 */
@ApplicationScoped
public class DirectSettings {

  @Inject Clock clock;

  /** Days an open opportunity protects its customer after its last activity. */
  @Inject
  @ConfigProperty(
      name = "portal.direct.inactivity-days",
      defaultValue = "" + DirectProtection.DEFAULT_DAYS)
  int inactivityDays;

  @Inject
  @ConfigProperty(name = "portal.registration.time-zone", defaultValue = "Asia/Shanghai")
  String timeZone;

  public DirectProtection protection() {
    return new DirectProtection(inactivityDays, ZoneId.of(timeZone));
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
  }

  /** The last day an open opportunity protects its customer; null once it is not open. */
  public @Nullable LocalDate protectedUntil(DirectOpportunity opportunity) {
    return opportunity.isOpen() ? protection().protectedUntil(opportunity.lastSignOfLife()) : null;
  }
}
