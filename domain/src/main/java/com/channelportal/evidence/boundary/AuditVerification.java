package com.channelportal.evidence.boundary;

import com.channelportal.audit.entity.AuditChainHead;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.evidence.control.ChainWalk;
import com.channelportal.evidence.control.ChainWalk.Head;
import com.channelportal.evidence.control.ChainWalk.Link;
import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Brand admins check the audit chain from within the portal and read its newest entries.
 *
 * <p>Runs without a transaction: each page's entities are detached as soon as it is read, so the
 * walk holds one page in memory, and no lock is taken, so appends go on while it runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

  @PersistenceContext EntityManager em;

  /** The whole chain up to the head as it is now. */
  public ChainReport verify(Caller caller) {
    requireBrandAdmin(caller);
    return walk();
  }

  /**
   * The chain's state for an evidence export, which channel managers make too: they learn whether
   * the log is intact and where it breaks, never the entries of other records.
   */
  public ChainReport stateForEvidence(Caller caller) {
    if (!caller.hasRole(Role.BRAND_ADMIN) && !caller.hasRole(Role.CHANNEL_MANAGER)) {
      throw new AccessDenied("Only brand admins and channel managers export evidence");
    }
    return walk();
  }

  private ChainReport walk() {
    var head = em.find(AuditChainHead.class, AuditChainHead.ID);
    try {
      return ChainWalk.walk(new Head(head.getLastHash(), head.getLastEntryId()), this::page);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("JPA reads throw no checked exceptions", e);
    }
  }

  /** The newest entries first. */
  public List<AuditEntry> newest(Caller caller, int offset, int limit) {
    requireBrandAdmin(caller);
    return em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  public long count(Caller caller) {
    requireBrandAdmin(caller);
    return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
  }

  private List<Link> page(long afterId, long upToId, int limit) {
    return em.createQuery(
            "select e from AuditEntry e where e.id > :after and e.id <= :upTo order by e.id",
            AuditEntry.class)
        .setParameter("after", afterId)
        .setParameter("upTo", upToId)
        .setMaxResults(limit)
        .getResultStream()
        .map(e -> new Link(e.getId(), e.getPrevHash(), e.getHash(), e.event()))
        .toList();
  }

  static void requireBrandAdmin(Caller caller) {
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand admins verify the audit trail");
    }
  }
}
