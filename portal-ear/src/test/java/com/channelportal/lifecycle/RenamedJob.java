package com.channelportal.lifecycle;

import com.channelportal.scheduling.boundary.ScheduledJob;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A portal job under a row of the test's own: the portal deployed beside the IT runs the real rows
 * on real time, and a test that moved its clock must neither wait for their leases nor push their
 * next runs into the future.
 */
record RenamedJob(ScheduledJob job, String name) implements ScheduledJob {

  static RenamedJob of(ScheduledJob job) {
    return new RenamedJob(
        job, "it-" + job.name() + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Override
  public Duration every() {
    return job.every();
  }

  @Override
  public Outcome run(LocalDateTime nowUtc) {
    return job.run(nowUtc);
  }
}
