package com.channelportal.registration.boundary;

import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.control.KeyLookup;
import com.channelportal.registration.control.MatchSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lookup keys of every conflict candidate in {@code match_key}, written in the transaction that
 * makes a record a candidate, so that a candidate is findable exactly when it is committed. A new
 * registration is then scored against the few records that share a key with it (see {@code
 * CandidateIndex} for the keys), not against all of them.
 *
 * <p>Brand customers and direct opportunities announce themselves with CDI events; registrations
 * are indexed by the submission. Keys of records that stopped being candidates are removed where
 * that happens; the queries that load candidates check their state anyway.
 */
@ApplicationScoped
public class CandidateKeys {

  /**
   * The version of the key rules: raise it when matching derives keys differently, and every
   * candidate is indexed again at the next start (see {@link CandidateBackfill}).
   */
  public static final int VERSION = 2;

  private static final int KEY_VALUE_MAX_LENGTH = 255;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  void index(CandidateKind kind, long id, CustomerDetails customer) {
    forget(kind, id);
    add(kind, id, SubjectProfile.of(MatchSubjects.of(customer)));
  }

  /**
   * Indexes a record that has no keys yet (a registration submitted for the first time), under the
   * keys of {@code profile}: nothing to forget first.
   */
  void add(CandidateKind kind, long id, SubjectProfile profile) {
    var keys =
        profile.keys().stream()
            .filter(k -> k.value().codePointCount(0, k.value().length()) <= KEY_VALUE_MAX_LENGTH)
            .toList();
    if (!keys.isEmpty()) {
      var sql =
          new StringBuilder(
              "INSERT IGNORE INTO match_key (key_kind, key_value, candidate_kind, candidate_id)"
                  + " VALUES ");
      for (int i = 0; i < keys.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
      }
      var insert = em.createNativeQuery(sql.toString());
      int position = 1;
      for (var key : keys) {
        insert.setParameter(position++, key.kind().name());
        insert.setParameter(position++, key.value());
        insert.setParameter(position++, kind.name());
        insert.setParameter(position++, id);
      }
      insert.executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO match_candidate (candidate_kind, candidate_id, keys_version, indexed_at)"
                + " VALUES (?1, ?2, ?3, ?4)"
                + " ON DUPLICATE KEY UPDATE keys_version = ?3, indexed_at = ?4")
        .setParameter(1, kind.name())
        .setParameter(2, id)
        .setParameter(3, VERSION)
        .setParameter(4, LocalDateTime.now(clock))
        .executeUpdate();
  }

  void forget(CandidateKind kind, long id) {
    for (var table : List.of("match_key", "match_candidate")) {
      em.createNativeQuery(
              "DELETE FROM " + table + " WHERE candidate_kind = ?1 AND candidate_id = ?2")
          .setParameter(1, kind.name())
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  /**
   * The rows under each of {@code keys}, in one statement: each key reads its own range of the
   * primary key, and no more than one row past its cap, so that a key shared by half the database
   * costs no more than a selective one.
   */
  KeyLookup lookup(Set<MatchKey> keys) {
    var lookup = new KeyLookup();
    if (keys.isEmpty()) {
      return lookup;
    }
    var ordered = List.copyOf(keys);
    var parts = new ArrayList<String>();
    for (int i = 0; i < ordered.size(); i++) {
      parts.add(
          "(SELECT "
              + i
              + " AS k, candidate_kind, candidate_id FROM match_key"
              + " WHERE key_kind = ? AND key_value = ? LIMIT "
              + KeyLookup.rowsRead(ordered.get(i).kind())
              + ")");
    }
    var query = em.createNativeQuery(String.join(" UNION ALL ", parts));
    int position = 1;
    for (var key : ordered) {
      query.setParameter(position++, key.kind().name());
      query.setParameter(position++, key.value());
    }
    List<?> rows = query.getResultList();
    for (var row : rows) {
      var columns = (Object[]) row;
      lookup.add(
          ordered.get(((Number) columns[0]).intValue()),
          CandidateKind.valueOf((String) columns[1]),
          ((Number) columns[2]).longValue());
    }
    return lookup;
  }

  void customerRecorded(@Observes Customer customer) {
    if (customer.getOrigin() == CustomerOrigin.BRAND) {
      index(CandidateKind.CUSTOMER, customer.getId(), customer.getDetails());
    }
  }

  void directOpportunityChanged(@Observes DirectOpportunity opportunity) {
    if (opportunity.isOpen()) {
      index(CandidateKind.DIRECT_OPPORTUNITY, opportunity.getId(), opportunity.getCustomer());
    } else {
      forget(CandidateKind.DIRECT_OPPORTUNITY, opportunity.getId());
    }
  }
}
