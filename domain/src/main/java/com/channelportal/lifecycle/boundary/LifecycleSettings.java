package com.channelportal.lifecycle.boundary;

import com.channelportal.lifecycle.control.ReminderDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The brand's settings of the protection lifecycle, from MicroProfile Config (e.g. the environment
 * variable {@code PORTAL_REGISTRATION_REMINDER_DAYS}). The review's service level is the desk's
 * ({@code ReviewSettings}).
 */
@ApplicationScoped
public class LifecycleSettings {

  public static final int DEFAULT_EXTENSION_MAX_DAYS = 90;

  /** Days before the last protected day on which the partner is reminded, e.g. {@code 14,3}. */
  @Inject
  @ConfigProperty(name = "portal.registration.reminder-days", defaultValue = "14,3")
  String reminderDays;

  /** The most days one extension may add. */
  @Inject
  @ConfigProperty(
      name = "portal.registration.extension-max-days",
      defaultValue = "" + DEFAULT_EXTENSION_MAX_DAYS)
  int extensionMaxDays;

  public ReminderDays reminderDays() {
    return ReminderDays.parse(reminderDays);
  }

  public int extensionMaxDays() {
    return Math.max(1, extensionMaxDays);
  }
}
