package com.channelportal.lifecycle;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.scheduling.boundary.ScheduledJob;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job that leaves a trace in the database (an audit entry per run, which commits only with the
 * run) and counts its calls, and fails its first {@code failures} calls.
 */
final class CountingJob implements ScheduledJob {

  static final String SUBJECT = "it-scheduled-job";
  static final Duration EVERY = Duration.ofMinutes(10);

  private final String name = "it-counting-" + UUID.randomUUID().toString().substring(0, 8);
  private final AuditLog audit;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger failures;

  CountingJob(AuditLog audit, int failures) {
    this.audit = audit;
    this.failures = new AtomicInteger(failures);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Duration every() {
    return EVERY;
  }

  @Override
  public Outcome run(LocalDateTime nowUtc) {
    calls.incrementAndGet();
    audit.append(Actor.SYSTEM, "it.job-ran", SUBJECT, name, Map.of("at", nowUtc));
    if (failures.getAndDecrement() > 0) {
      throw new IllegalStateException("failing on purpose");
    }
    return Outcome.done("ran at " + nowUtc);
  }

  int calls() {
    return calls.get();
  }
}
