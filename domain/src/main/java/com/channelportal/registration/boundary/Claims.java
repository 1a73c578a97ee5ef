package com.channelportal.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Serializes submissions per customer identity. Each identity key of the customer (its USCC, its
 * trade name) has a row in {@code customer_claim}; a submission locks the rows of its keys until it
 * commits, so two partners registering one customer at the same moment queue, and the second sees
 * the first's committed registration when it looks for conflicts.
 *
 * <p>The lock is taken with {@code INSERT … ON DUPLICATE KEY UPDATE}, which creates a missing row
 * and locks an existing one exclusively in one statement: unlike {@code SELECT … FOR UPDATE} on a
 * missing row, two first-time claimants cannot both get a gap lock and then deadlock on their
 * inserts. Keys are locked in sorted order, so claimants of overlapping keys cannot deadlock
 * either.
 *
 * <p>The transaction must read committed data ({@link #readCommitted}): the claimant that waited
 * has to see what the one before it committed, which the snapshot of repeatable read, fixed at the
 * transaction's first plain read, may not show.
 *
 * <p>The row also remembers the latest stamp given under it, so that stamps of one customer are
 * strictly increasing even if the clocks of two server nodes disagree: the order of the stamps is
 * the order of the lock.
 */
@ApplicationScoped
public class Claims {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * Makes the transaction that has just begun read committed data: a one-off {@code SET
   * TRANSACTION}, which MySQL and MariaDB apply to the next transaction only, so the pooled
   * connection keeps its own level. It must be the transaction's first statement; after any other
   * the database refuses it (error 1568), so a misplaced call fails loudly instead of reading a
   * stale snapshot.
   */
  void readCommitted() {
    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
  }

  /**
   * Locks the claims on {@code keys} until the transaction ends and returns the submission stamp:
   * the time once all locks are held, to the microsecond, or one microsecond after the latest stamp
   * under these keys if that is later.
   *
   * <p>Reads after this see every claim committed before it only if the transaction reads committed
   * data ({@link #readCommitted}); a snapshot taken earlier would hide them.
   */
  LocalDateTime lock(List<String> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a claim needs a key");
    }
    var sorted = List.copyOf(new TreeSet<>(keys));
    var created = now();
    // InnoDB inserts (and so locks) the rows of a multi-row insert in the order they are listed:
    // one statement for all keys keeps the sorted order that rules out deadlocks
    var upsert =
        em.createNativeQuery(
            "INSERT INTO customer_claim (claim_key, created_at) VALUES "
                + String.join(", ", Collections.nCopies(sorted.size(), "(?, ?)"))
                + " ON DUPLICATE KEY UPDATE claim_key = claim_key");
    int position = 1;
    for (var key : sorted) {
      upsert.setParameter(position++, key);
      upsert.setParameter(position++, created);
    }
    upsert.executeUpdate();
    var latest = latestStamp(sorted);
    // only now: a stamp taken before the wait for the locks would not be in their order
    var stamp = now();
    if (latest != null && !stamp.isAfter(latest)) {
      stamp = latest.plus(1, ChronoUnit.MICROS);
    }
    var update =
        em.createNativeQuery(
            "UPDATE customer_claim SET last_submitted_at = ? WHERE claim_key IN ("
                + placeholders(sorted.size())
                + ")");
    update.setParameter(1, stamp);
    for (int i = 0; i < sorted.size(); i++) {
      update.setParameter(i + 2, sorted.get(i));
    }
    update.executeUpdate();
    return stamp;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A locking read: it sees the latest committed values whatever the transaction read before. The
   * rows are locked already; the read only must not be served from an older snapshot.
   */
  private @Nullable LocalDateTime latestStamp(List<String> keys) {
    var query =
        em.createNativeQuery(
            "SELECT MAX(last_submitted_at) FROM customer_claim WHERE claim_key IN ("
                + placeholders(keys.size())
                + ") FOR UPDATE");
    for (int i = 0; i < keys.size(); i++) {
      query.setParameter(i + 1, keys.get(i));
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? null : toLocalDateTime(rows.get(0));
  }

  static @Nullable LocalDateTime toLocalDateTime(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime time) {
      return time;
    }
    return ((Timestamp) Objects.requireNonNull(value)).toLocalDateTime();
  }
}
