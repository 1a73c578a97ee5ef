package com.channelportal.scheduling.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The claim protocol on {@code scheduled_job}, each step in a transaction of its own. A node claims
 * a due row with one conditional {@code UPDATE}: InnoDB evaluates its condition on the latest
 * committed row under the row's lock, so of any number of simultaneous claimants exactly one sees
 * the row due and unleased, and the others wait for it and then see the lease. The lease is a time,
 * not a held lock: a node that dies leaves no open transaction behind, only a lease that runs out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  public static final int RESULT_MAX_LENGTH = 500;

  /** A claimed slot of a job: {@code slot} is the row's next_run_at when it was claimed. */
  public record Lease(String job, String node, LocalDateTime slot) {}

  @PersistenceContext EntityManager em;

  /** Creates the job's row, due at {@code firstRun}, unless it exists. */
  public void register(String job, LocalDateTime firstRun) {
    em.createNativeQuery(
            "INSERT INTO scheduled_job (name, next_run_at) VALUES (?1, ?2)"
                + " ON DUPLICATE KEY UPDATE name = name")
        .setParameter(1, job)
        .setParameter(2, firstRun)
        .executeUpdate();
  }

  /** The lease on the job's due slot until {@code leaseUntil}, if it is due and nobody holds it. */
  public Optional<Lease> claim(
      String job, String node, LocalDateTime nowUtc, LocalDateTime leaseUntil) {
    var claimed =
        em.createNativeQuery(
                "UPDATE scheduled_job SET locked_by = ?1, locked_until = ?2"
                    + " WHERE name = ?3 AND next_run_at <= ?4"
                    + " AND (locked_until IS NULL OR locked_until <= ?4)")
            .setParameter(1, node)
            .setParameter(2, leaseUntil)
            .setParameter(3, job)
            .setParameter(4, nowUtc)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    return Optional.of(new Lease(job, node, nextRun(job)));
  }

  /**
   * Gives the lease back after a failed run: the slot stays due, so the next tick of any node tries
   * again.
   */
  public void release(Lease lease, String result) {
    em.createNativeQuery(
            "UPDATE scheduled_job SET locked_by = NULL, locked_until = NULL, last_result = ?1"
                + " WHERE name = ?2 AND locked_by = ?3")
        .setParameter(1, truncated(result))
        .setParameter(2, lease.job())
        .setParameter(3, lease.node())
        .executeUpdate();
  }

  /** The row as it is, for operators and tests. */
  public Optional<JobState> state(String job) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT next_run_at, locked_by, locked_until, last_run_at, last_result"
                    + " FROM scheduled_job WHERE name = ?1")
            .setParameter(1, job)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    var row = (Object[]) rows.get(0);
    return Optional.of(
        new JobState(
            job,
            Objects.requireNonNull(time(row[0])),
            (String) row[1],
            time(row[2]),
            time(row[3]),
            (String) row[4]));
  }

  /** A job's row: when it is due, who holds it until when, and how its last run ended. */
  public record JobState(
      String job,
      LocalDateTime nextRunAt,
      @Nullable String lockedBy,
      @Nullable LocalDateTime lockedUntil,
      @Nullable LocalDateTime lastRunAt,
      @Nullable String lastResult) {}

  private LocalDateTime nextRun(String job) {
    return Objects.requireNonNull(
        time(
            em.createNativeQuery("SELECT next_run_at FROM scheduled_job WHERE name = ?1")
                .setParameter(1, job)
                .getSingleResult()));
  }

  static String truncated(String text) {
    return text.length() <= RESULT_MAX_LENGTH ? text : text.substring(0, RESULT_MAX_LENGTH);
  }

  static @Nullable LocalDateTime time(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
