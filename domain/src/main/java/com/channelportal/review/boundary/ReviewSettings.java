package com.channelportal.review.boundary;

import com.channelportal.review.control.ServiceLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The desk's settings from MicroProfile Config, e.g. {@code PORTAL_REVIEW_ESCALATION_HOURS}. */
@ApplicationScoped
public class ReviewSettings {

  /** Hours a claim may wait for a ruling or an appeal decision before it is escalated. */
  @Inject
  @ConfigProperty(
      name = "portal.review.escalation-hours",
      defaultValue = "" + ServiceLevel.DEFAULT_HOURS)
  int escalationHours;

  public ServiceLevel serviceLevel() {
    return new ServiceLevel(escalationHours);
  }
}
