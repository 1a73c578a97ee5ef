package com.channelportal.audit.boundary;

import com.channelportal.audit.control.AuditChain;
import com.channelportal.audit.control.AuditDetails;
import com.channelportal.audit.entity.Actor;
import com.channelportal.audit.entity.AuditChainHead;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.audit.entity.AuditEvent;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The append-only audit trail. */
@Stateless
public class AuditLog {

  /** The key under which a transaction keeps the head it locked. */
  private static final Object HEAD_HELD = AuditChainHead.class.getName() + ".locked";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Records what {@code caller} did, in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditEntry append(
      Caller caller, String action, String subjectType, Object subjectId, Map<String, ?> details) {
    return append(Actor.of(caller), action, subjectType, subjectId, details);
  }

  /**
   * Records what {@code actor} did, in the caller's transaction: the entry commits or rolls back
   * with the change it records. Locks the chain head until that transaction ends.
   *
   * @param details a few ids and codes; no personal data (see the entity package)
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditEntry append(
      Actor actor, String action, String subjectType, Object subjectId, Map<String, ?> details) {
    var head = lockedHead();
    var event =
        new AuditEvent(
            LocalDateTime.now(clock),
            actor.name(),
            actor.organization(),
            action,
            subjectType,
            String.valueOf(subjectId),
            AuditDetails.json(details));
    var entry =
        new AuditEntry(event, head.getLastHash(), AuditChain.hash(head.getLastHash(), event));
    em.persist(entry);
    // insert now, while the head is locked, so that ids follow the chain
    em.flush();
    // the head is written with the next flush or the commit, still under the lock
    head.advance(entry);
    return entry;
  }

  /**
   * The chain head, locked until the transaction ends. A transaction that appends twice (a
   * submission does) locks and reads it once: the second append finds it in the persistence
   * context, advanced by the first, and no other transaction can have moved it since.
   */
  private AuditChainHead lockedHead() {
    var held = (AuditChainHead) transactions.getResource(HEAD_HELD);
    if (held != null && em.contains(held)) {
      return held;
    }
    var head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("audit_chain_head has no row; migration V3 seeds it");
    }
    transactions.putResource(HEAD_HELD, head);
    return head;
  }

  /** Entries after {@code afterId} in chain order, for verification; brand admins only. */
  public List<AuditEntry> entries(Caller caller, long afterId, int limit) {
    requireBrandAdmin(caller);
    return em.createQuery(
            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
        .setParameter("after", afterId)
        .setMaxResults(Math.max(1, Math.min(limit, 1000)))
        .getResultList();
  }

  /** What happened to one record, oldest first; brand admins only. */
  public List<AuditEntry> about(Caller caller, String subjectType, Object subjectId) {
    requireBrandAdmin(caller);
    return em.createQuery(
            "select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id"
                + " order by e.id",
            AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("id", String.valueOf(subjectId))
        .getResultList();
  }

  /** The newest entry's hash, to tell a complete chain from one whose tail was cut off. */
  public String head(Caller caller) {
    requireBrandAdmin(caller);
    return em.find(AuditChainHead.class, AuditChainHead.ID).getLastHash();
  }

  private static void requireBrandAdmin(Caller caller) {
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand admins read the audit trail");
    }
  }
}
