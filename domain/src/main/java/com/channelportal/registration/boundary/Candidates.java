package com.channelportal.registration.boundary;

import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.matching.control.CandidateIndex;
import com.channelportal.matching.control.ConflictMatcher;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.matching.entity.MatchSubject;
import com.channelportal.registration.control.MatchSubjects;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the records a customer description may name: looks the candidates up by their keys, loads
 * those that are still candidates, and scores them with the matcher in an index of their own, which
 * holds every record sharing a key with the probe and so counts how selective each key is.
 */
@ApplicationScoped
public class Candidates {

  /**
   * Which records count.
   *
   * @param brandCustomers whether the brand's customer master counts
   * @param otherThan a partner company whose own registrations do not count, or null for all
   * @param today claims approved until before this day no longer count
   */
  record Scope(boolean brandCustomers, @Nullable Long otherThan, LocalDate today) {}

  private final ConflictMatcher matcher = new ConflictMatcher();

  @PersistenceContext EntityManager em;

  @Inject CandidateKeys keys;

  /** The matches of {@code probe} in {@code scope}, best first. */
  List<Match> matches(MatchSubject probe, Scope scope) {
    var found = keys.lookup(SubjectProfile.of(probe).keys());
    var candidates = new ArrayList<Candidate>();
    if (scope.brandCustomers()) {
      customers(found.getOrDefault(CandidateKind.CUSTOMER, Set.of()), candidates);
    }
    registrations(found.getOrDefault(CandidateKind.REGISTRATION, Set.of()), scope, candidates);
    directOpportunities(found.getOrDefault(CandidateKind.DIRECT_OPPORTUNITY, Set.of()), candidates);
    if (candidates.isEmpty()) {
      return List.of();
    }
    var index = new CandidateIndex();
    index.addAll(candidates);
    return matcher.match(probe, index);
  }

  /** The registrations among {@code matches}, by id, for the availability check's answer. */
  Map<Long, Registration> registrationsOf(List<Match> matches) {
    var ids =
        matches.stream()
            .filter(m -> m.candidate().kind() == CandidateKind.REGISTRATION)
            .map(m -> Long.valueOf(m.candidate().id()))
            .toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    var byId = new HashMap<Long, Registration>();
    em.createQuery("select r from Registration r where r.id in :ids", Registration.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> byId.put(r.getId(), r));
    return byId;
  }

  private void customers(Set<Long> ids, List<Candidate> candidates) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "select c from Customer c where c.id in :ids and c.origin = :brand", Customer.class)
        .setParameter("ids", ids)
        .setParameter("brand", CustomerOrigin.BRAND)
        .getResultList()
        .forEach(
            c ->
                candidates.add(
                    new Candidate(
                        String.valueOf(c.getId()),
                        CandidateKind.CUSTOMER,
                        MatchSubjects.of(c.getDetails()))));
  }

  private void registrations(Set<Long> ids, Scope scope, List<Candidate> candidates) {
    if (ids.isEmpty()) {
      return;
    }
    var jpql =
        "select r from Registration r where r.id in :ids and r.status in :claims"
            + " and (r.status <> :approved or r.protectedUntil >= :today)"
            + (scope.otherThan() == null ? "" : " and r.partnerCompanyId <> :company");
    var query =
        em.createQuery(jpql, Registration.class)
            .setParameter("ids", ids)
            .setParameter("claims", RegistrationStatus.claims())
            .setParameter("approved", RegistrationStatus.APPROVED)
            .setParameter("today", scope.today());
    if (scope.otherThan() != null) {
      query.setParameter("company", scope.otherThan());
    }
    query
        .getResultList()
        .forEach(
            r ->
                candidates.add(
                    new Candidate(
                        String.valueOf(r.getId()),
                        CandidateKind.REGISTRATION,
                        MatchSubjects.of(r.getCustomer()))));
  }

  private void directOpportunities(Set<Long> ids, List<Candidate> candidates) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "select d from DirectOpportunity d where d.id in :ids and d.status = :open",
            DirectOpportunity.class)
        .setParameter("ids", ids)
        .setParameter("open", DirectOpportunityStatus.OPEN)
        .getResultList()
        .forEach(
            d ->
                candidates.add(
                    new Candidate(
                        String.valueOf(d.getId()),
                        CandidateKind.DIRECT_OPPORTUNITY,
                        MatchSubjects.of(d.getCustomer()))));
  }
}
