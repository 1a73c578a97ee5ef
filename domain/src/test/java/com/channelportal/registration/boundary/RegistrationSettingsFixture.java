package com.channelportal.registration.boundary;

import com.channelportal.registration.control.ProtectionPeriod;
import java.time.Clock;

/** Registration settings as MicroProfile Config would give them, on a clock of the test's. */
public final class RegistrationSettingsFixture {

  private RegistrationSettingsFixture() {}

  public static RegistrationSettings of(Clock clock, String timeZone) {
    var settings = new RegistrationSettings();
    settings.clock = clock;
    settings.timeZone = timeZone;
    settings.protectionDays = ProtectionPeriod.DEFAULT_DAYS;
    settings.reviewThreshold = 0.5;
    return settings;
  }
}
