package com.channelportal.review.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationEvent.Kind;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.control.RulingPlan;
import com.channelportal.review.control.RulingRules;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.AppealDecisionForm;
import com.channelportal.review.entity.AppealForm;
import com.channelportal.review.entity.Ruling;
import com.channelportal.review.entity.RulingForm;
import com.channelportal.review.entity.RulingKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rulings on claims, appeals and their decisions (see the package for locking and tenancy). The
 * partner reads every rationale on its own registration; the audit trail keeps codes, ids and a
 * SHA-256 of the rationale, which proves the text later without putting words into the chain.
 */
@Stateless
public class Rulings {

  public static final String NOT_APPEALABLE = "review.NOT_APPEALABLE";
  public static final String NOT_APPEALED = "review.NOT_APPEALED";
  static final String WHAT = "Registration";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject ReviewQueue queue;

  @Inject Registrations registrations;

  @Inject RegistrationSettings settings;

  @Inject Event<RegistrationEvent> events;

  /**
   * Rules on a claim under review or on hold, as the caller saw it at {@code version}.
   *
   * @throws RuleViolation {@link RulingPlan#NOT_PENDING}, {@link RulingPlan#OTHER_APPROVED}, {@link
   *     RulingPlan#NOTHING_TO_SHARE}, {@link RulingPlan#SHARE_OUTSIDE_SCOPE}
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Registration rule(Caller caller, long id, long version, RulingForm form) {
    readCommitted();
    var scope = ReviewQueue.deskScope(caller);
    queue.visible(scope, id).orElseThrow(() -> new RecordNotFound(WHAT, id));
    var checked = RulingRules.ruling(form);
    if (!checked.isValid()) {
      throw invalid(checked.problems());
    }
    var valid = checked.valid();
    var locked = lockWithOthers(id);
    var subject = locked.get(id);
    requireVersion(subject, version);
    var today = settings.today();
    var others =
        locked.values().stream()
            .filter(r -> r.getPartnerCompanyId() != subject.getPartnerCompanyId())
            .filter(r -> r.isClaimOn(today))
            .toList();
    var outcome =
        RulingPlan.of(
            valid.decision(),
            subject.getStatus(),
            others.stream()
                .map(
                    r ->
                        new RulingPlan.Claim(
                            r.getId(), r.getStatus(), queue.visible(scope, r.getId()).isPresent()))
                .toList());
    if (outcome instanceof RulingPlan.Refused refused) {
      throw new RuleViolation(refused.code(), refused.message());
    }
    apply(caller, subject, valid, (RulingPlan.Accepted) outcome, locked);
    return subject;
  }

  /** The partner contests a rejection of its own, once, with a text for the brand admin. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Registration appeal(Caller caller, long id, long version, AppealForm form) {
    readCommitted();
    if (!caller.isPartner()) {
      throw new AccessDenied("Only the partner appeals its own rejection");
    }
    var alias = caller.organizationAlias().orElseThrow();
    var registration = em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (registration == null || !registration.getOrganizationAlias().equals(alias)) {
      throw new RecordNotFound(WHAT, id);
    }
    var checked = RulingRules.appeal(form);
    if (!checked.isValid()) {
      throw invalid(checked.problems());
    }
    requireVersion(registration, version);
    if (!registration.isAppealable()) {
      throw new RuleViolation(
          NOT_APPEALABLE,
          "Only a rejection is appealed, and only once; this is " + registration.getStatus());
    }
    var from = registration.getStatus();
    var now = LocalDateTime.now(clock);
    registration.appeal(now, caller.username());
    var text = checked.valid().text();
    var ruling = Ruling.decided(id, RulingKind.APPEALED, null, null, text, caller.username(), now);
    em.persist(ruling);
    flushed(registration);
    record(caller, registration, ruling, from, Kind.APPEALED);
    return registration;
  }

  /** A brand admin upholds or overturns an appealed rejection. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Registration decideAppeal(Caller caller, long id, long version, AppealDecisionForm form) {
    readCommitted();
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand admins decide appeals");
    }
    var registration = em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (registration == null) {
      throw new RecordNotFound(WHAT, id);
    }
    var checked = RulingRules.appealDecision(form);
    if (!checked.isValid()) {
      throw invalid(checked.problems());
    }
    requireVersion(registration, version);
    if (registration.getStatus() != RegistrationStatus.APPEALED) {
      throw new RuleViolation(
          NOT_APPEALED, "Registration " + id + " is " + registration.getStatus());
    }
    var from = registration.getStatus();
    var now = LocalDateTime.now(clock);
    var decision = RulingRules.decisionOf(checked.valid());
    if (decision == AppealDecision.UPHOLD) {
      registration.upholdRejection(now, caller.username());
    } else {
      registration.reopen(now, caller.username());
    }
    var kind =
        decision == AppealDecision.UPHOLD ? RulingKind.APPEAL_UPHELD : RulingKind.APPEAL_OVERTURNED;
    var ruling =
        Ruling.decided(id, kind, null, null, checked.valid().rationale(), caller.username(), now);
    em.persist(ruling);
    flushed(registration);
    record(caller, registration, ruling, from, Kind.APPEAL_DECIDED);
    return registration;
  }

  /** The rulings on a registration the caller may see, oldest first. */
  public List<Ruling> of(Caller caller, long id) {
    registrations.get(caller, id);
    return em.createQuery(
            "select r from Ruling r where r.registrationId = :id order by r.id", Ruling.class)
        .setParameter("id", id)
        .getResultList();
  }

  private void apply(
      Caller caller,
      Registration subject,
      RulingForm valid,
      RulingPlan.Accepted plan,
      Map<Long, Registration> locked) {
    var now = LocalDateTime.now(clock);
    var by = caller.username();
    var from = subject.getStatus();
    var protectedUntil = settings.protection().protectedUntil(settings.today());
    RulingKind kind;
    Kind event;
    switch (valid.decision()) {
      case APPROVE -> {
        subject.approve(protectedUntil, now, by, null);
        kind = RulingKind.APPROVED;
        event = Kind.APPROVED;
      }
      case SHARE -> {
        subject.approveShared(protectedUntil, now, by);
        kind = RulingKind.SHARED;
        event = Kind.SHARED;
      }
      case REJECT -> {
        subject.reject(now, by, valid.reasonCode().name());
        kind = RulingKind.REJECTED;
        event = Kind.REJECTED;
      }
      default -> {
        subject.requestInformation(now, by);
        kind = RulingKind.INFORMATION_REQUESTED;
        event = Kind.INFORMATION_REQUESTED;
      }
    }
    var ruling =
        Ruling.decided(
            subject.getId(),
            kind,
            valid.reasonCode(),
            valid.otherReason(),
            valid.rationale(),
            by,
            now);
    em.persist(ruling);
    em.flush();
    var changed = new ArrayList<Runnable>();
    plan.others()
        .forEach(
            (otherId, consequence) -> {
              var other = locked.get(otherId);
              var otherFrom = other.getStatus();
              Ruling follows;
              Kind otherEvent;
              switch (consequence) {
                case PUT_ON_HOLD -> {
                  other.putOnHold(now, by);
                  follows = Ruling.consequence(otherId, RulingKind.PUT_ON_HOLD, ruling, null);
                  otherEvent = Kind.PUT_ON_HOLD;
                }
                case APPROVED_AS_SHARED -> {
                  other.approveShared(protectedUntil, now, by);
                  follows =
                      Ruling.consequence(otherId, RulingKind.SHARED, ruling, valid.rationale());
                  otherEvent = Kind.SHARED;
                }
                default -> {
                  other.markShared(now);
                  follows =
                      Ruling.consequence(otherId, RulingKind.SHARED, ruling, valid.rationale());
                  otherEvent = Kind.SHARED;
                }
              }
              em.persist(follows);
              changed.add(() -> record(caller, other, follows, otherFrom, otherEvent));
            });
    flushed(subject);
    record(caller, subject, ruling, from, event);
    changed.forEach(Runnable::run);
  }

  /**
   * The claim and every registration it conflicts with either way, locked in ascending id order, so
   * two rulings over overlapping claims queue instead of deadlocking.
   */
  private Map<Long, Registration> lockWithOthers(long id) {
    var ids = new TreeSet<Long>();
    ids.add(id);
    ids.addAll(
        em.createQuery(
                "select c.candidateId from RegistrationConflict c"
                    + " where c.registrationId = :id and c.candidateKind = :kind",
                Long.class)
            .setParameter("id", id)
            .setParameter("kind", CandidateKind.REGISTRATION)
            .getResultList());
    ids.addAll(
        em.createQuery(
                "select c.registrationId from RegistrationConflict c"
                    + " where c.candidateId = :id and c.candidateKind = :kind",
                Long.class)
            .setParameter("id", id)
            .setParameter("kind", CandidateKind.REGISTRATION)
            .getResultList());
    var locked = new TreeMap<Long, Registration>();
    for (var each : ids) {
      var registration = em.find(Registration.class, each, LockModeType.PESSIMISTIC_WRITE);
      if (registration != null) {
        locked.put(each, registration);
      }
    }
    return locked;
  }

  private void record(
      Caller caller, Registration registration, Ruling ruling, RegistrationStatus from, Kind kind) {
    var details = new TreeMap<String, Object>();
    details.put("ruling", ruling.getId());
    details.put("kind", ruling.getKind());
    details.put("from", from);
    details.put("to", registration.getStatus());
    if (ruling.getReasonCode() != null) {
      details.put("reasonCode", ruling.getReasonCode());
    }
    if (ruling.getCausedBy() != null) {
      details.put("causedBy", ruling.getCausedBy());
    }
    if (ruling.getRationale() != null) {
      details.put("textSha256", sha256(ruling.getRationale()));
    }
    audit.append(
        caller, "registration.ruling", Registrations.SUBJECT, registration.getId(), details);
    events.fire(
        new RegistrationEvent(
            kind, registration.getId(), registration.getPartnerCompanyId(), caller.username()));
  }

  /** See {@code Registrations#submit}: reads after a lock wait must see the winner's commit. */
  private void readCommitted() {
    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
  }

  private static void requireVersion(Registration registration, long version) {
    if (registration.getVersion() != version) {
      throw new StaleRecord(WHAT, registration.getId(), registration.getVersion());
    }
  }

  private Registration flushed(Registration registration) {
    try {
      em.flush();
      return registration;
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, registration.getId(), registration.getVersion());
    }
  }

  static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static InvalidFields invalid(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }
}
