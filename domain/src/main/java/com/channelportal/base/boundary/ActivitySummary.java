package com.channelportal.base.boundary;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How much follow-up a record has, as lists of records from several features show it: the number of
 * activities and when the latest took place (UTC). A record without activity has no summary.
 */
public record ActivitySummary(long activities, LocalDateTime latestAt) {

  public ActivitySummary {
    Objects.requireNonNull(latestAt, "latestAt");
  }
}
