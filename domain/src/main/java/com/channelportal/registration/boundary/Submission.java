package com.channelportal.registration.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.customer.boundary.CustomerRecords;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.registration.control.ConflictReasons;
import com.channelportal.registration.control.RegistrationCheck;
import com.channelportal.registration.control.RegistrationRules;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationConflict;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationEvent.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happens to a registration once its customer's claims are locked: the final checks, the
 * partner's customer record, the conflict check, number, outcome and audit, all in the submission's
 * transaction. Called by {@link Registrations#submit} only.
 */
@ApplicationScoped
public class Submission {

  public static final String PARTNER_NOT_ACTIVE = "registration.PARTNER_NOT_ACTIVE";

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  @Inject CustomerRecords customers;

  @Inject Candidates candidates;

  @Inject CandidateKeys keys;

  @Inject RegistrationNumbers numbers;

  @Inject RegistrationSettings settings;

  @Inject Event<RegistrationEvent> events;

  /**
   * @param registration the caller's draft, or its registration returned for information and
   *     revised, locked, at the version the caller saw
   * @param stamp the submission time given under the claim locks
   * @param profile the profile of the registration's customer description, as claimed
   */
  Registration complete(
      Caller caller, Registration registration, LocalDateTime stamp, SubjectProfile profile) {
    var today = settings.dayOf(stamp);
    var check = RegistrationRules.submission(registration.toForm(), today);
    if (check instanceof RegistrationCheck.Invalid invalid) {
      throw Registrations.invalid(invalid.problems());
    }
    var company = em.find(PartnerCompany.class, registration.getPartnerCompanyId());
    if (company.getStatus() != PartnerStatus.ACTIVE) {
      throw new RuleViolation(
          PARTNER_NOT_ACTIVE,
          "Only an active partner registers deals; this one is " + company.getStatus());
    }
    var form = ((RegistrationCheck.Valid) check).form();
    var customer = customerOf(caller, registration, form.customer(), stamp);
    var conflicts = conflicts(registration, profile, today);
    var resubmission = registration.getNumber() != null;
    if (resubmission) {
      keys.forget(CandidateKind.REGISTRATION, registration.getId());
      // the earlier check's findings described the claim as it was; this check replaces them
      em.createQuery("delete from RegistrationConflict c where c.registrationId = :id")
          .setParameter("id", registration.getId())
          .executeUpdate();
    }
    keys.add(CandidateKind.REGISTRATION, registration.getId(), profile);
    record(registration, conflicts, stamp);
    // everything that needs no global lock is written now, not while the audit chain is locked
    em.flush();
    if (resubmission) {
      registration.resubmit(customer.getId(), stamp, caller.username());
    } else {
      // given in a transaction of its own, so the counter is not locked until this one commits
      registration.submit(
          numbers.next(today.getYear()), customer.getId(), stamp, caller.username());
    }
    decide(registration, conflicts, stamp, today);
    if (resubmission) {
      events.fire(
          new RegistrationEvent(
              Kind.RESUBMITTED,
              registration.getId(),
              registration.getPartnerCompanyId(),
              caller.username()));
    }
    events.fire(
        new RegistrationEvent(
            conflicts.isEmpty() ? Kind.APPROVED_AUTOMATICALLY : Kind.SENT_TO_REVIEW,
            registration.getId(),
            registration.getPartnerCompanyId(),
            caller.username()));
    em.flush();
    // the chain head is the one global lock, held from here until the commit: taken last
    audit(caller, registration, conflicts, resubmission);
    return registration;
  }

  private Customer customerOf(
      Caller caller, Registration registration, CustomerForm customer, LocalDateTime stamp) {
    var picked = registration.getCustomerId();
    if (picked != null) {
      var own = customers.ownedBy(registration.getPartnerCompanyId(), picked);
      if (own.isPresent()) {
        return own.get();
      }
    }
    return customers.recordFor(
        registration.getPartnerCompanyId(), customer, caller.username(), stamp);
  }

  /** Other partners' claims, brand customers and open direct opportunities at the threshold. */
  private List<Match> conflicts(
      Registration registration, SubjectProfile profile, LocalDate today) {
    var scope = new Candidates.Scope(true, registration.getPartnerCompanyId(), today);
    var threshold = ConflictReasons.rounded(settings.reviewThreshold());
    return candidates.matches(profile, scope).stream()
        .filter(m -> ConflictReasons.rounded(m.score()).compareTo(threshold) >= 0)
        .toList();
  }

  private void record(Registration registration, List<Match> conflicts, LocalDateTime stamp) {
    for (var match : conflicts) {
      em.persist(
          new RegistrationConflict(
              registration.getId(),
              match.candidate().kind(),
              Long.parseLong(match.candidate().id()),
              ConflictReasons.rounded(match.score()),
              ConflictReasons.json(match.reasons()),
              stamp));
    }
  }

  private void decide(
      Registration registration, List<Match> conflicts, LocalDateTime stamp, LocalDate today) {
    if (conflicts.isEmpty()) {
      registration.approve(
          settings.protection().protectedUntil(today), stamp, Actor.SYSTEM.name(), null);
      return;
    }
    // the count stays out of the history: the partner reads it, and must not learn how many claim
    // the customer
    registration.sendToReview(stamp, Actor.SYSTEM.name(), null);
  }

  /** Ids and codes only: who conflicts with whom is in the conflict rows, not in the chain. */
  private void audit(
      Caller caller, Registration registration, List<Match> conflicts, boolean resubmission) {
    var id = registration.getId();
    audit.append(
        caller,
        resubmission ? "registration.resubmitted" : "registration.submitted",
        Registrations.SUBJECT,
        id,
        Map.of(
            "number", registration.getNumber(),
            "partnerCompanyId", registration.getPartnerCompanyId(),
            "customerId", registration.getCustomerId()));
    if (conflicts.isEmpty()) {
      audit.append(
          Actor.SYSTEM,
          "registration.approved",
          Registrations.SUBJECT,
          id,
          Map.of("automatic", true, "protectedUntil", registration.getProtectedUntil()));
    } else {
      var byKind = new TreeMap<String, Object>();
      conflicts.forEach(
          m -> byKind.merge("conflicts." + m.candidate().kind(), 1L, (a, b) -> (Long) a + 1));
      audit.append(Actor.SYSTEM, "registration.under-review", Registrations.SUBJECT, id, byKind);
    }
  }
}
