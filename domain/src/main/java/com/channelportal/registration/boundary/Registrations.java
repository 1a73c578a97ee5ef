package com.channelportal.registration.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.boundary.CustomerRecords;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.registration.control.MatchSubjects;
import com.channelportal.registration.control.RegistrationCheck;
import com.channelportal.registration.control.RegistrationRules;
import com.channelportal.registration.control.RegistrationScope;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationConflict;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.entity.StatusChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Deal registrations: a partner's users draft, submit and withdraw their company's registrations;
 * brand staff read them within their scope, and only they see conflicts. A registration outside the
 * caller's scope is "not found"; brand staff never change a partner's registration (they decide on
 * it at the conflict desk).
 */
@Stateless
public class Registrations {

  public static final String SUBJECT = "deal-registration";
  public static final String TRANSITION = "registration.TRANSITION";
  static final String WHAT = "Registration";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject RegistrationQueries queries;

  @Inject PartnerCompanies companies;

  @Inject CustomerRecords customers;

  @Inject Claims claims;

  @Inject Submission submission;

  @Inject CandidateKeys keys;

  @Inject RegistrationSettings settings;

  @Inject Event<RegistrationEvent> events;

  @Inject DealLiveliness liveliness;

  /** A new draft of the caller's company; nothing is required yet, but everything must be valid. */
  public Registration createDraft(Caller caller, RegistrationForm form) {
    requirePartner(caller);
    var company = companies.companyOf(caller).orElseThrow();
    if (company.getStatus() != PartnerStatus.ACTIVE) {
      throw new RuleViolation(
          Submission.PARTNER_NOT_ACTIVE,
          "Only an active partner registers deals; this one is " + company.getStatus());
    }
    var valid = validDraft(company.getId(), form);
    var registration =
        new Registration(
            company.getId(),
            company.getOrganizationAlias(),
            valid,
            caller.username(),
            LocalDateTime.now(clock));
    em.persist(registration);
    em.flush();
    return registration;
  }

  /** Replaces the draft's content, if nobody changed it since {@code version}. */
  public Registration updateDraft(Caller caller, long id, long version, RegistrationForm form) {
    var registration = ownLocked(caller, id, version);
    requireStatus(registration, RegistrationStatus.DRAFT);
    registration.edit(
        validDraft(registration.getPartnerCompanyId(), form), LocalDateTime.now(clock));
    return flushed(registration);
  }

  /**
   * Submits the draft: stamps it with the server's time and a number, checks it for conflicts and
   * approves it or sends it to review, in a transaction of its own.
   *
   * <p>Simultaneous claims on one customer queue on its claim rows (see {@link Claims}); the one
   * that waited must then see what the earlier one committed. InnoDB's default, repeatable read,
   * would show it the snapshot of its first read, which can be older than the wait, so this
   * transaction reads committed: every read after the claim lock sees every earlier claim.
   *
   * @throws InvalidFields if the registration is incomplete, reported like the draft's fields
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Registration submit(Caller caller, long id, long version) {
    claims.readCommitted();
    var registration = ownLocked(caller, id, version);
    requireStatus(registration, RegistrationStatus.DRAFT);
    var profile = SubjectProfile.of(MatchSubjects.of(registration.getCustomer()));
    var claimKeys = MatchSubjects.claimKeys(profile);
    if (registration.getCustomer().getUscc() == null || claimKeys.isEmpty()) {
      var check = RegistrationRules.submission(registration.toForm(), settings.today());
      throw check instanceof RegistrationCheck.Invalid invalid
          ? invalid(invalid.problems())
          : new IllegalStateException("a complete registration has a USCC");
    }
    var stamp = claims.lock(claimKeys);
    return submission.complete(caller, registration, stamp, profile);
  }

  /**
   * Resubmits a registration returned for more information, revised with {@code form} (as is when
   * null): stamped again and checked for conflicts like a first submission (see {@link #submit}),
   * keeping its number.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Registration resubmit(
      Caller caller, long id, long version, @Nullable RegistrationForm form) {
    claims.readCommitted();
    var registration = ownLocked(caller, id, version);
    requireStatus(registration, RegistrationStatus.INFORMATION_REQUESTED);
    if (form != null) {
      registration.revise(
          validDraft(registration.getPartnerCompanyId(), form), LocalDateTime.now(clock));
    }
    var profile = SubjectProfile.of(MatchSubjects.of(registration.getCustomer()));
    var claimKeys = MatchSubjects.claimKeys(profile);
    if (registration.getCustomer().getUscc() == null || claimKeys.isEmpty()) {
      var check = RegistrationRules.submission(registration.toForm(), settings.today());
      throw check instanceof RegistrationCheck.Invalid invalid
          ? invalid(invalid.problems())
          : new IllegalStateException("a complete registration has a USCC");
    }
    var stamp = claims.lock(claimKeys);
    return submission.complete(caller, registration, stamp, profile);
  }

  /** The partner gives up its claim, or never makes it; a reason is optional. */
  public Registration withdraw(Caller caller, long id, long version, @Nullable String reason) {
    var registration = ownLocked(caller, id, version);
    var checks = new FieldChecks();
    var note = checks.text("reason", reason, StatusChange.NOTE_MAX_LENGTH, false);
    if (!checks.problems().isEmpty()) {
      throw invalid(checks.problems());
    }
    var from = registration.getStatus();
    if (!from.canBecome(RegistrationStatus.WITHDRAWN)) {
      throw transition(registration);
    }
    registration.withdraw(LocalDateTime.now(clock), caller.username(), note);
    keys.forget(CandidateKind.REGISTRATION, id);
    flushed(registration);
    audit.append(caller, "registration.withdrawn", SUBJECT, id, Map.of("from", from));
    events.fire(
        new RegistrationEvent(
            RegistrationEvent.Kind.WITHDRAWN,
            id,
            registration.getPartnerCompanyId(),
            caller.username()));
    return registration;
  }

  /** One registration with its lines and history. */
  public Registration get(Caller caller, long id) {
    var registration =
        queries
            .find(RegistrationScope.of(caller), id)
            .orElseThrow(() -> new RecordNotFound(WHAT, id));
    registration.getLines().size();
    registration.getHistory().size();
    return registration;
  }

  public List<Registration> list(Caller caller, RegistrationFilter filter, int offset, int limit) {
    return queries.list(RegistrationScope.of(caller), filter, offset, limit);
  }

  public long count(Caller caller, RegistrationFilter filter) {
    return queries.count(RegistrationScope.of(caller), filter);
  }

  /**
   * The last activity and inactive flag of registrations the caller has read, by id. Partners see
   * it on their own deals too: it is their deal's state, not the brand's assessment.
   */
  public Map<Long, DealLiveliness.Pulse> pulses(List<Registration> read) {
    return liveliness.of(read, LocalDateTime.now(clock));
  }

  /**
   * What the conflict check found at submission, best first; brand staff only. A partner, even the
   * registration's own, gets {@link AccessDenied}: it learns that its registration is under review,
   * never with whom it conflicts.
   */
  public List<RegistrationConflict> conflicts(Caller caller, long id) {
    if (!caller.isBrandStaff()) {
      throw new AccessDenied("Only brand staff see conflicts");
    }
    get(caller, id);
    return em.createQuery(
            "select c from RegistrationConflict c where c.registrationId = :id"
                + " order by c.score desc, c.id",
            RegistrationConflict.class)
        .setParameter("id", id)
        .getResultList();
  }

  /**
   * The caller's company's registration, locked, at {@code version}. Decided from the row alone
   * (see {@link #submit}): brand staff never change registrations, another company's is not found.
   */
  private Registration ownLocked(Caller caller, long id, long version) {
    requirePartner(caller);
    var alias = caller.organizationAlias().orElseThrow();
    var registration =
        queries
            .locked(id)
            .filter(r -> r.getOrganizationAlias().equals(alias))
            .orElseThrow(() -> new RecordNotFound(WHAT, id));
    if (registration.getVersion() != version) {
      throw new StaleRecord(WHAT, id, registration.getVersion());
    }
    return registration;
  }

  /** The form with a picked customer's description in place of whatever was typed. */
  private RegistrationForm validDraft(long companyId, RegistrationForm form) {
    var complete = form;
    if (form.customerId() != null) {
      var picked =
          customers
              .ownedBy(companyId, form.customerId())
              .orElseThrow(
                  () ->
                      new InvalidField(
                          RegistrationForm.CUSTOMER_ID,
                          RegistrationForm.CUSTOMER_ID + ".NOT_FOUND",
                          "customerId: not one of your customers"));
      complete = withCustomer(form, picked.getDetails().toForm(null));
    }
    var check = RegistrationRules.draft(complete);
    if (check instanceof RegistrationCheck.Invalid invalid) {
      throw invalid(invalid.problems());
    }
    return ((RegistrationCheck.Valid) check).form();
  }

  private static RegistrationForm withCustomer(RegistrationForm f, CustomerForm customer) {
    return new RegistrationForm(
        f.customerId(),
        customer,
        f.contactName(),
        f.contactPhone(),
        f.contactEmail(),
        f.lines(),
        f.estimatedAmount(),
        f.currency(),
        f.expectedCloseDate(),
        f.bidDate(),
        f.customerBudget(),
        f.winProbability(),
        f.stage(),
        f.notes());
  }

  private Registration flushed(Registration registration) {
    try {
      em.flush();
      return registration;
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, registration.getId(), registration.getVersion());
    }
  }

  private static void requirePartner(Caller caller) {
    if (!caller.isPartner()) {
      throw new AccessDenied("Only a partner's users register deals for their company");
    }
  }

  private static void requireStatus(Registration registration, RegistrationStatus status) {
    if (registration.getStatus() != status) {
      throw transition(registration);
    }
  }

  private static RuleViolation transition(Registration registration) {
    return new RuleViolation(
        TRANSITION, "Registration " + registration.getId() + " is " + registration.getStatus());
  }

  static InvalidFields invalid(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }
}
