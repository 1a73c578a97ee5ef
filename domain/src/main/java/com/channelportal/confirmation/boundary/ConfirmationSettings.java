package com.channelportal.confirmation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a confirmation link lives and how many a partner may send, from MicroProfile Config
 * (e.g. {@code PORTAL_CONFIRMATION_EXPIRY_HOURS}). The limits keep the portal from being used to
 * send mail in bulk; they count rows in the database, so they hold across server nodes.
 */
@ApplicationScoped
public class ConfirmationSettings {

  @Inject
  @ConfigProperty(name = "portal.confirmation.expiry-hours", defaultValue = "72")
  int expiryHours;

  @Inject
  @ConfigProperty(name = "portal.confirmation.open-per-registration", defaultValue = "3")
  int openPerRegistration;

  @Inject
  @ConfigProperty(name = "portal.confirmation.per-partner-per-day", defaultValue = "20")
  int perPartnerPerDay;

  public Duration lifetime() {
    return Duration.ofHours(Math.max(1, expiryHours));
  }

  public int openPerRegistration() {
    return openPerRegistration;
  }

  public int perPartnerPerDay() {
    return perPartnerPerDay;
  }
}
