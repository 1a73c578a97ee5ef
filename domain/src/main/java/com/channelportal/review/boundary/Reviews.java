package com.channelportal.review.boundary;

import com.channelportal.base.boundary.ActivitySummary;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import com.channelportal.customer.entity.Customer;
import com.channelportal.direct.boundary.DirectActivities;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationConflict;
import com.channelportal.review.boundary.ReviewCase.Claim;
import com.channelportal.review.boundary.ReviewCase.CustomerAnswer;
import com.channelportal.review.boundary.ReviewCase.FollowUp;
import com.channelportal.review.entity.Ruling;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The side-by-side case of a claim, for channel managers (of the claim's distributor) and brand
 * admins. The conflicts are found both ways: what the claim's own check found, and the later claims
 * whose check found this one. Another partner's claim is shown with its distributor's name and
 * history even outside a channel manager's own distributors: the manager cannot rule without seeing
 * whom the claim competes with. Partners never get here.
 */
@Stateless
public class Reviews {

  @PersistenceContext EntityManager em;

  @Inject ReviewQueue queue;

  @Inject Clock clock;

  @Inject DealActivities dealActivities;

  @Inject DirectActivities directActivities;

  public ReviewCase get(Caller caller, long id) {
    requireVisible(caller, id);
    var registration = em.find(Registration.class, id);
    registration.getHistory().size();
    registration.getLines().size();
    var claims = new LinkedHashMap<Claim.Key, Claim>();
    for (var conflict : found(id)) {
      claimOf(conflict.getCandidateKind(), conflict.getCandidateId(), conflict)
          .ifPresent(c -> claims.putIfAbsent(c.key(), c));
    }
    for (var conflict : foundBy(id)) {
      claimOf(CandidateKind.REGISTRATION, conflict.getRegistrationId(), conflict)
          .ifPresent(c -> claims.putIfAbsent(c.key(), c));
    }
    var sorted = new ArrayList<>(claims.values());
    sorted.sort(Comparator.comparing(Claim::score).reversed());
    var own = new Claim.Key(CandidateKind.REGISTRATION, id);
    var earliest = own;
    var earliestAt = registration.getSubmittedAt();
    for (var claim : sorted) {
      if (earliestAt == null || claim.claimedAt().isBefore(earliestAt)) {
        earliest = claim.key();
        earliestAt = claim.claimedAt();
      }
    }
    var keys = new ArrayList<Claim.Key>();
    keys.add(own);
    sorted.forEach(c -> keys.add(c.key()));
    return new ReviewCase(
        registration,
        companyName(registration.getPartnerCompanyId()),
        sorted,
        earliest,
        rulings(id),
        followUps(caller, keys),
        answers(keys));
  }

  /** The latest confirmation request of each registration among {@code keys}, as it stands. */
  private Map<Claim.Key, CustomerAnswer> answers(List<Claim.Key> keys) {
    var ids =
        keys.stream()
            .filter(k -> k.kind() == CandidateKind.REGISTRATION)
            .map(Claim.Key::id)
            .toList();
    var now = LocalDateTime.now(clock);
    var found = new HashMap<Claim.Key, CustomerAnswer>();
    // the newest request per registration: ids grow with time
    em.createQuery(
            "select c from CustomerConfirmation c where c.id in (select max(n.id) from"
                + " CustomerConfirmation n where n.registrationId in :ids group by"
                + " n.registrationId)",
            CustomerConfirmation.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            c ->
                found.put(
                    new Claim.Key(CandidateKind.REGISTRATION, c.getRegistrationId()),
                    new CustomerAnswer(
                        c.state(now),
                        c.getAnsweredAt() == null ? c.getRequestedAt() : c.getAnsweredAt())));
    return found;
  }

  /**
   * The follow-up of the registrations and direct opportunities among {@code keys}, as their own
   * features summarize it for the caller: the desk is brand staff's, so brand-internal activities
   * count too.
   */
  private Map<Claim.Key, FollowUp> followUps(Caller caller, List<Claim.Key> keys) {
    var found = new HashMap<Claim.Key, FollowUp>();
    var registrations = ids(keys, CandidateKind.REGISTRATION);
    dealActivities
        .summaries(caller, registrations)
        .forEach((id, s) -> found.put(key(CandidateKind.REGISTRATION, id), followUp(s)));
    var opportunities = ids(keys, CandidateKind.DIRECT_OPPORTUNITY);
    directActivities
        .summaries(opportunities)
        .forEach((id, s) -> found.put(key(CandidateKind.DIRECT_OPPORTUNITY, id), followUp(s)));
    return found;
  }

  private static List<Long> ids(List<Claim.Key> keys, CandidateKind kind) {
    return keys.stream().filter(k -> k.kind() == kind).map(Claim.Key::id).toList();
  }

  private static Claim.Key key(CandidateKind kind, long id) {
    return new Claim.Key(kind, id);
  }

  private static FollowUp followUp(ActivitySummary summary) {
    return new FollowUp(summary.activities(), summary.latestAt());
  }

  /** Not found unless the registration is in the caller's desk scope. */
  public void requireVisible(Caller caller, long id) {
    queue
        .visible(ReviewQueue.deskScope(caller), id)
        .orElseThrow(() -> new RecordNotFound(Rulings.WHAT, id));
  }

  private List<RegistrationConflict> found(long id) {
    return em.createQuery(
            "select c from RegistrationConflict c where c.registrationId = :id order by c.id",
            RegistrationConflict.class)
        .setParameter("id", id)
        .getResultList();
  }

  private List<RegistrationConflict> foundBy(long id) {
    return em.createQuery(
            "select c from RegistrationConflict c where c.candidateKind = :kind"
                + " and c.candidateId = :id order by c.id",
            RegistrationConflict.class)
        .setParameter("kind", CandidateKind.REGISTRATION)
        .setParameter("id", id)
        .getResultList();
  }

  private Optional<Claim> claimOf(CandidateKind kind, long id, RegistrationConflict conflict) {
    var key = new Claim.Key(kind, id);
    return switch (kind) {
      case REGISTRATION ->
          Optional.ofNullable(em.find(Registration.class, id))
              .filter(r -> r.getSubmittedAt() != null)
              .map(
                  r -> {
                    r.getHistory().size();
                    return new Claim(
                        key,
                        conflict.getScore(),
                        conflict.getReasons(),
                        r.getCustomer(),
                        r.getSubmittedAt(),
                        r,
                        companyName(r.getPartnerCompanyId()),
                        r.getNumber(),
                        null,
                        r.getStatus().name());
                  });
      case DIRECT_OPPORTUNITY ->
          Optional.ofNullable(em.find(DirectOpportunity.class, id))
              .map(
                  d ->
                      new Claim(
                          key,
                          conflict.getScore(),
                          conflict.getReasons(),
                          d.getCustomer(),
                          d.getCreatedAt(),
                          null,
                          null,
                          d.getTitle(),
                          d.getOwner(),
                          d.getStatus().name()));
      case CUSTOMER ->
          Optional.ofNullable(em.find(Customer.class, id))
              .map(
                  c ->
                      new Claim(
                          key,
                          conflict.getScore(),
                          conflict.getReasons(),
                          c.getDetails(),
                          c.getCreatedAt(),
                          null,
                          null,
                          c.getMasterDataNumber(),
                          null,
                          null));
    };
  }

  private List<Ruling> rulings(long id) {
    return em.createQuery(
            "select r from Ruling r where r.registrationId = :id order by r.id", Ruling.class)
        .setParameter("id", id)
        .getResultList();
  }

  private String companyName(long id) {
    var company = em.find(PartnerCompany.class, id);
    return company == null ? String.valueOf(id) : company.getName();
  }
}
