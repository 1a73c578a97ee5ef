package com.channelportal.registration.boundary;

import com.channelportal.customer.entity.Customer;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Logger;

/**
 * Indexes, at startup (after the schema is migrated), every candidate that has no keys of the
 * current {@link CandidateKeys#VERSION}: rows inserted by SQL (the demo customers) and everything
 * after the key rules changed. In batches of their own transactions, each holding a claim row so
 * that server nodes starting together take turns instead of writing the same keys twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class CandidateBackfill {

  private static final Logger LOG = Logger.getLogger(CandidateBackfill.class.getName());
  private static final int BATCH = 200;
  private static final String LOCK = "backfill:match-keys";

  /** The records that are candidates, per kind, with their id column. */
  private static final List<Source> SOURCES =
      List.of(
          new Source(CandidateKind.CUSTOMER, "customer", "t.origin = 'BRAND'"),
          new Source(CandidateKind.DIRECT_OPPORTUNITY, "direct_opportunity", "t.status = 'OPEN'"),
          new Source(
              CandidateKind.REGISTRATION,
              "deal_registration",
              "t.status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED')"));

  private record Source(CandidateKind kind, String table, String isCandidate) {}

  @PersistenceContext EntityManager em;

  @Resource UserTransaction transaction;

  @Inject CandidateKeys keys;

  @Inject Claims claims;

  @PostConstruct
  void backfill() {
    int total = 0;
    for (var source : SOURCES) {
      int indexed;
      do {
        indexed = batch(source);
        total += indexed;
      } while (indexed == BATCH);
    }
    int count = total;
    LOG.info(() -> "Conflict candidates indexed at startup: " + count);
  }

  private int batch(Source source) {
    try {
      transaction.begin();
      claims.lock(List.of(LOCK));
      List<?> ids =
          em.createNativeQuery(
                  "SELECT t.id FROM "
                      + source.table()
                      + " t LEFT JOIN match_candidate m ON m.candidate_kind = ?1"
                      + " AND m.candidate_id = t.id AND m.keys_version = ?2"
                      + " WHERE m.candidate_id IS NULL AND "
                      + source.isCandidate()
                      + " ORDER BY t.id LIMIT "
                      + BATCH)
              .setParameter(1, source.kind().name())
              .setParameter(2, CandidateKeys.VERSION)
              .getResultList();
      for (var id : ids) {
        index(source.kind(), ((Number) id).longValue());
      }
      transaction.commit();
      return ids.size();
    } catch (Exception e) {
      rollback();
      throw new IllegalStateException("Indexing conflict candidates failed", e);
    }
  }

  private void index(CandidateKind kind, long id) {
    var customer =
        switch (kind) {
          case CUSTOMER -> em.find(Customer.class, id).getDetails();
          case DIRECT_OPPORTUNITY -> em.find(DirectOpportunity.class, id).getCustomer();
          case REGISTRATION -> em.find(Registration.class, id).getCustomer();
        };
    keys.index(kind, id, customer);
  }

  private void rollback() {
    try {
      transaction.rollback();
    } catch (Exception ignored) {
      // the transaction may not have begun; the original failure is what matters
    }
  }
}
