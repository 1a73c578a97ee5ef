package com.channelportal.registration.boundary;

import com.channelportal.registration.control.ProtectionPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The brand's settings of deal registration, from MicroProfile Config (e.g. the environment
 * variable {@code PORTAL_REGISTRATION_PROTECTION_DAYS}).
 */
@ApplicationScoped
public class RegistrationSettings {

  @Inject Clock clock;

  /** Days an approved registration protects its customer. */
  @Inject
  @ConfigProperty(
      name = "portal.registration.protection-days",
      defaultValue = "" + ProtectionPeriod.DEFAULT_DAYS)
  int protectionDays;

  /**
   * The score from which a match is a conflict that sends a registration to review; below it the
   * registration is approved automatically. The default is the matcher's own {@code
   * ConflictMatcher.REVIEW}, the score its weights were tuned to show a channel manager from.
   */
  @Inject
  @ConfigProperty(name = "portal.registration.review-threshold", defaultValue = "0.5")
  double reviewThreshold;

  /** The brand's time zone: it decides what "today" is for close dates, protection and numbers. */
  @Inject
  @ConfigProperty(name = "portal.registration.time-zone", defaultValue = "Asia/Shanghai")
  String timeZone;

  public ProtectionPeriod protection() {
    return new ProtectionPeriod(protectionDays);
  }

  public double reviewThreshold() {
    return reviewThreshold;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  /** The brand's calendar day of a UTC time. */
  public LocalDate dayOf(LocalDateTime utc) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone()).toLocalDate();
  }
}
