package com.channelportal.direct.boundary;

import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityConflict;
import com.channelportal.matching.entity.CandidateKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the conflict check for an opportunity's current customer and keeps what it found in place of
 * the previous finding. A partner's claim among them flags the opportunity: the brand does not win
 * a customer a partner claimed by simply recording it, a channel manager or brand admin settles it.
 */
@ApplicationScoped
public class DirectConflicts {

  @PersistenceContext EntityManager em;

  @Inject ClaimFinder finder;

  /** The conflicts found, by candidate kind, for the audit log (no names: ids and counts only). */
  Map<String, Object> check(DirectOpportunity opportunity, LocalDateTime nowUtc) {
    em.createQuery("delete from DirectOpportunityConflict c where c.opportunityId = :id")
        .setParameter("id", opportunity.getId())
        .executeUpdate();
    var found =
        finder.find(opportunity.getCustomer(), nowUtc).stream()
            .filter(
                f -> f.kind() != CandidateKind.DIRECT_OPPORTUNITY || f.id() != opportunity.getId())
            .toList();
    found.forEach(
        f ->
            em.persist(
                new DirectOpportunityConflict(
                    opportunity.getId(), f.kind(), f.id(), f.score(), f.reasons(), nowUtc)));
    opportunity.flagConflict(found.stream().anyMatch(f -> f.kind() == CandidateKind.REGISTRATION));
    var byKind = new TreeMap<String, Object>();
    found.forEach(f -> byKind.merge("conflicts." + f.kind(), 1L, (a, b) -> (Long) a + 1));
    byKind.put("inConflict", opportunity.isInConflict());
    return byKind;
  }

  List<DirectOpportunityConflict> of(long opportunityId) {
    return em.createQuery(
            "select c from DirectOpportunityConflict c where c.opportunityId = :id"
                + " order by c.score desc, c.id",
            DirectOpportunityConflict.class)
        .setParameter("id", opportunityId)
        .getResultList();
  }
}
