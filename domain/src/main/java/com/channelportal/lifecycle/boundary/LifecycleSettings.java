package com.channelportal.lifecycle.boundary;

import com.channelportal.lifecycle.control.ReminderDays;
import com.channelportal.lifecycle.control.ServiceLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The brand's settings of the protection lifecycle, from MicroProfile Config (e.g. the environment
 * variable {@code PORTAL_REVIEW_ESCALATION_HOURS}).
 */
@ApplicationScoped
public class LifecycleSettings {

  public static final int DEFAULT_EXTENSION_MAX_DAYS = 90;

  /** Days before the last protected day on which the partner is reminded, e.g. {@code 14,3}. */
  @Inject
  @ConfigProperty(name = "portal.registration.reminder-days", defaultValue = "14,3")
  String reminderDays;

  /** Hours a registration may wait for a ruling; the conflict desk flags the same ones. */
  @Inject
  @ConfigProperty(
      name = "portal.review.escalation-hours",
      defaultValue = "" + ServiceLevel.DEFAULT_HOURS)
  int escalationHours;

  /** The most days one extension may add. */
  @Inject
  @ConfigProperty(
      name = "portal.registration.extension-max-days",
      defaultValue = "" + DEFAULT_EXTENSION_MAX_DAYS)
  int extensionMaxDays;

  public ReminderDays reminderDays() {
    return ReminderDays.parse(reminderDays);
  }

  public ServiceLevel serviceLevel() {
    return new ServiceLevel(escalationHours);
  }

  public int extensionMaxDays() {
    return Math.max(1, extensionMaxDays);
  }
}
