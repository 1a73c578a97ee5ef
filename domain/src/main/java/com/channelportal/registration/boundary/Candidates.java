package com.channelportal.registration.boundary;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds the records a customer description may name: looks the candidates up by their keys, loads
 * those that are still candidates, and scores them with the matcher in an index of their own, which
 * holds every record sharing a selective key with the probe and so counts how selective each key
 * is; keys too crowded to load (see {@link com.channelportal.registration.control.KeyLookup}) are
 * counted in the database.
 *
 * <p>Candidates are read as the columns matching needs, not as entities: a check reads tens to
 * hundreds of them, and building entities (with their lines and history) would cost more than
 * scoring them.
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

  /** The customer description's columns, in {@link CustomerForm}'s order. */
  private static final String CUSTOMER_COLUMNS =
      "name, uscc, industry, sub_industry, phone, fax, email, website, province, city, address";

  private static final String CLAIMED_COLUMNS =
      "customer_name, customer_uscc, customer_industry, customer_sub_industry, customer_phone,"
          + " customer_fax, customer_email, customer_website, customer_province, customer_city,"
          + " customer_address";

  private final ConflictMatcher matcher = new ConflictMatcher();

  @PersistenceContext EntityManager em;

  @Inject CandidateKeys keys;

  /** The matches of {@code probe} in {@code scope}, best first. */
  List<Match> matches(MatchSubject probe, Scope scope) {
    return matches(SubjectProfile.of(probe), scope);
  }

  /**
   * The same for a probe already profiled: a submission needs the profile for its claim keys and
   * its own keys as well, and profiling a name (variants, pinyin) is not free.
   */
  List<Match> matches(SubjectProfile probe, Scope scope) {
    var lookup = keys.lookup(probe.keys());
    var found = lookup.candidates();
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
    return matcher.match(probe, index, lookup.selectivity(index));
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
    load(
        CandidateKind.CUSTOMER,
        "SELECT id, " + CUSTOMER_COLUMNS + " FROM customer WHERE origin = 'BRAND' AND id IN ",
        ids,
        List.of(),
        candidates);
  }

  private void registrations(Set<Long> ids, Scope scope, List<Candidate> candidates) {
    var claims =
        RegistrationStatus.claims().stream()
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    var parameters = new ArrayList<Object>();
    parameters.add(RegistrationStatus.APPROVED.name());
    parameters.add(scope.today());
    if (scope.otherThan() != null) {
      parameters.add(scope.otherThan());
    }
    load(
        CandidateKind.REGISTRATION,
        "SELECT id, "
            + CLAIMED_COLUMNS
            + " FROM deal_registration WHERE status IN ("
            + claims
            + ") AND (status <> ? OR protected_until >= ?)"
            + (scope.otherThan() == null ? "" : " AND partner_company_id <> ?")
            + " AND id IN ",
        ids,
        parameters,
        candidates);
  }

  private void directOpportunities(Set<Long> ids, List<Candidate> candidates) {
    load(
        CandidateKind.DIRECT_OPPORTUNITY,
        "SELECT id, "
            + CLAIMED_COLUMNS
            + " FROM direct_opportunity WHERE status = 'OPEN' AND id IN ",
        ids,
        List.of(),
        candidates);
  }

  /**
   * Runs {@code select} (ending in {@code id IN }) for {@code ids}, which are numbers and so
   * written into the statement, and adds a candidate per row.
   */
  private void load(
      CandidateKind kind,
      String select,
      Set<Long> ids,
      List<Object> parameters,
      List<Candidate> candidates) {
    if (ids.isEmpty()) {
      return;
    }
    var sql =
        select + ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    for (var row : (List<?>) query.getResultList()) {
      var c = (Object[]) row;
      var form =
          new CustomerForm(
              text(c[1]),
              text(c[2]),
              text(c[3]),
              text(c[4]),
              text(c[5]),
              text(c[6]),
              text(c[7]),
              text(c[8]),
              text(c[9]),
              text(c[10]),
              text(c[11]),
              null);
      candidates.add(
          new Candidate(
              String.valueOf(((Number) c[0]).longValue()),
              kind,
              MatchSubjects.of(new CustomerDetails(form))));
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
