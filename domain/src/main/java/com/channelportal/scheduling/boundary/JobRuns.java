package com.channelportal.scheduling.boundary;

import com.channelportal.scheduling.boundary.JobLeases.Lease;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Runs a claimed slot: the job's work and the move of the row to its next slot in one transaction.
 * The move is conditional on the lease still being this node's and the row still at the claimed
 * slot; if another node took the job over after the lease ran out, the move finds no row and the
 * whole run rolls back, so a slot's work commits at most once.
 */
@Stateless
public class JobRuns {

  /** The lease was lost while the job ran: its work must not commit. */
  @ApplicationException(rollback = true)
  public static class LeaseLost extends RuntimeException {
    LeaseLost(Lease lease) {
      super("Lost the lease on " + lease.job() + " at slot " + lease.slot() + " to another node");
    }
  }

  @PersistenceContext EntityManager em;

  /**
   * @param nextRun when the job is due again, unless it left work over
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ScheduledJob.Outcome run(
      ScheduledJob job, Lease lease, LocalDateTime nowUtc, LocalDateTime nextRun) {
    var outcome = job.run(nowUtc);
    em.flush();
    var done =
        em.createNativeQuery(
                "UPDATE scheduled_job SET next_run_at = ?1, last_run_at = ?2, last_result = ?3,"
                    + " locked_by = NULL, locked_until = NULL"
                    + " WHERE name = ?4 AND locked_by = ?5 AND next_run_at = ?6")
            .setParameter(1, outcome.more() ? nowUtc : nextRun)
            .setParameter(2, nowUtc)
            .setParameter(3, JobLeases.truncated(outcome.summary()))
            .setParameter(4, lease.job())
            .setParameter(5, lease.node())
            .setParameter(6, lease.slot())
            .executeUpdate();
    if (done != 1) {
      throw new LeaseLost(lease);
    }
    return outcome;
  }
}
