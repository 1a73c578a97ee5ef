package com.channelportal.scheduling.boundary;

import com.channelportal.scheduling.control.JobSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Runs every due {@link ScheduledJob} once per slot, however many server nodes tick: each node's
 * timer calls {@link #runDue}, and the database decides which node runs a slot (see {@link
 * JobLeases} and {@link JobRuns}). Without a transaction of its own, so each step commits before
 * the next.
 */
@ApplicationScoped
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  @Inject Clock clock;

  @Inject JobLeases leases;

  @Inject JobRuns runs;

  @Inject SchedulerSettings settings;

  @Inject @Any Instance<ScheduledJob> jobs;

  @Inject Config config;

  /** Runs what is due now as this node; returns the names of the jobs this node ran. */
  public List<String> runDue() {
    var ran = new ArrayList<String>();
    for (var job : jobs) {
      if (run(job, settings.node())) {
        ran.add(job.name());
      }
    }
    return ran;
  }

  /**
   * Runs {@code job} as {@code node} if its slot is due and no other node holds it.
   *
   * @return whether this call ran it to a commit
   */
  public boolean run(ScheduledJob job, String node) {
    var now = now();
    var slots = slotsOf(job);
    leases.register(job.name(), slots.slotOf(now));
    var lease = leases.claim(job.name(), node, now, now.plus(settings.lease()));
    if (lease.isEmpty()) {
      return false;
    }
    try {
      var outcome = runs.run(job, lease.get(), now, slots.nextAfter(now));
      LOG.fine(() -> job.name() + " ran on " + node + ": " + outcome.summary());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, job.name() + " failed on " + node + "; it stays due", e);
      leases.release(lease.get(), "failed: " + e);
      return false;
    }
  }

  JobSlots slotsOf(ScheduledJob job) {
    var every =
        config
            .getOptionalValue("portal.scheduler." + job.name() + ".every", String.class)
            .map(Duration::parse)
            .orElse(job.every());
    return new JobSlots(every);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
