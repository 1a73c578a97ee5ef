package com.channelportal.followup.boundary;

import com.channelportal.followup.control.Inactivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the deal timeline, from MicroProfile Config (e.g. the environment variables {@code
 * PORTAL_ATTACHMENT_MAX_BYTES} and {@code PORTAL_DEAL_INACTIVITY_DAYS}).
 */
@ApplicationScoped
public class FollowUpSettings {

  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "portal.attachment.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
  long maxAttachmentBytes;

  @Inject
  @ConfigProperty(name = "portal.deal.inactivity-days", defaultValue = "" + Inactivity.DEFAULT_DAYS)
  int inactivityDays;

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public Inactivity inactivity() {
    return new Inactivity(inactivityDays);
  }
}
