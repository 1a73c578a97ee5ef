package com.channelportal.direct.boundary;

import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Lapses the brand's open opportunities that went without activity for too long, so that an idle
 * direct opportunity stops holding its customer against the partners (decision 20). Hourly: the
 * rule counts whole days, and a lapse an hour after midnight is early enough.
 */
@ApplicationScoped
public class DirectLapse implements ScheduledJob {

  static final String NAME = "direct-opportunity-lapse";

  @Inject DirectActivities activities;

  @Inject DirectSettings settings;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  @Override
  public Outcome run(LocalDateTime nowUtc) {
    var today = settings.protection().dayOf(nowUtc);
    var lapsed = activities.lapseInactive(today);
    return Outcome.done(lapsed.size() + " lapsed as of " + today);
  }
}
