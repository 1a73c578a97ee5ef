package com.channelportal.lifecycle.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.identity.entity.Caller;
import com.channelportal.lifecycle.control.LifecycleRules;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.RegistrationClosing;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.boundary.ReleasedClaims;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The partner closes its approved registration as won (with the amount ordered, if it wants to say)
 * or lost (with a reason). Protection ends at once: the customer is free for other partners.
 */
@Stateless
public class Closings {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Registrations registrations;

  @Inject ReleasedClaims claims;

  @Inject Event<RegistrationEvent> events;

  /** Closes the caller's company's registration, if nobody changed it since {@code version}. */
  public Registration close(Caller caller, long registrationId, long version, ClosingForm form) {
    registrations.get(caller, registrationId);
    if (!caller.isPartner()) {
      throw new AccessDenied("Only the registration's partner closes the deal");
    }
    var registration = locked(registrationId, version);
    if (registration.getVersion() != version) {
      throw new StaleRecord("Registration", registrationId, registration.getVersion());
    }
    var checked = LifecycleRules.closing(form);
    if (!checked.valid()) {
      throw invalid(checked.problems());
    }
    if (registration.getStatus() != RegistrationStatus.APPROVED) {
      throw new RuleViolation(
          Registrations.TRANSITION,
          "Registration " + registrationId + " is " + registration.getStatus());
    }
    var valid = checked.value();
    var now = LocalDateTime.now(clock);
    registration.close(valid.outcome().status(), now, caller.username());
    em.persist(
        new RegistrationClosing(
            registrationId,
            valid.outcome(),
            valid.actualAmount(),
            registration.getCurrency(),
            valid.reason(),
            caller.username(),
            now));
    claims.release(registrationId);
    flushed(registration);
    var details = new HashMap<String, Object>();
    if (valid.actualAmount() != null) {
      details.put("actualAmount", valid.actualAmount());
      details.put("currency", registration.getCurrency());
    }
    var won = valid.outcome() == DealOutcome.WON;
    audit.append(
        caller,
        won ? "registration.won" : "registration.lost",
        Registrations.SUBJECT,
        registrationId,
        details);
    events.fire(
        new RegistrationEvent(
            won ? RegistrationEvent.Kind.WON : RegistrationEvent.Kind.LOST,
            registrationId,
            registration.getPartnerCompanyId(),
            caller.username()));
    return registration;
  }

  /** What the partner said when it closed the registration, if it did. */
  public Optional<RegistrationClosing> of(Caller caller, long registrationId) {
    registrations.get(caller, registrationId);
    return Optional.ofNullable(em.find(RegistrationClosing.class, registrationId));
  }

  /** Locked; read before in this transaction and changed since, it is stale. */
  private Registration locked(long registrationId, long version) {
    try {
      return em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
    } catch (OptimisticLockException e) {
      throw new StaleRecord("Registration", registrationId, version);
    }
  }

  private void flushed(Registration registration) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecord("Registration", registration.getId(), registration.getVersion());
    }
  }

  static InvalidFields invalid(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }
}
