package com.channelportal.scheduling.boundary;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Work that the portal does by itself, once per slot of {@link #every} across all server nodes (see
 * {@link Scheduler}). A job is a CDI bean; {@link #run} is called inside the transaction that also
 * marks the slot as done, so the work and the mark commit together or not at all.
 */
public interface ScheduledJob {

  /** Unique and stable: it is the job's row in {@code scheduled_job}. At most 64 characters. */
  String name();

  /**
   * How often the job is due, unless {@code portal.scheduler.<name>.every} (an ISO-8601 duration
   * such as {@code PT10M}) says otherwise.
   */
  Duration every();

  /**
   * Does what is due at {@code nowUtc}, in the caller's transaction; throwing rolls the work back
   * and leaves the slot due.
   */
  Outcome run(LocalDateTime nowUtc);

  /**
   * @param summary a line for {@code scheduled_job.last_result} and the log
   * @param more whether work was left for the next tick, e.g. because a batch was full; the job is
   *     then due again at once instead of at its next slot
   */
  record Outcome(String summary, boolean more) {

    public static Outcome done(String summary) {
      return new Outcome(summary, false);
    }
  }
}
