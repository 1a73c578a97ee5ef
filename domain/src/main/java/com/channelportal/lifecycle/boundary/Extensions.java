package com.channelportal.lifecycle.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.lifecycle.control.LifecycleRules;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.control.RegistrationScope;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Extension of protection: the partner asks for more days for its approved registration with a
 * justification, one open request at a time; the channel manager of the partner (or a brand admin)
 * approves, which moves the end of protection, or denies with a reason. Requests outside the
 * caller's scope are "not found", like their registrations.
 */
@Stateless
public class Extensions {

  static final String WHAT = "Extension request";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Registrations registrations;

  @Inject RegistrationSettings settings;

  @Inject LifecycleSettings lifecycle;

  @Inject ExtensionQueries queries;

  @Inject Event<RegistrationEvent> events;

  /** A new request of the registration's partner, while the registration is protected. */
  public ProtectionExtension request(Caller caller, long registrationId, ExtensionForm form) {
    registrations.get(caller, registrationId);
    if (!caller.isPartner()) {
      throw new AccessDenied("Only the registration's partner asks for an extension");
    }
    var checked = LifecycleRules.extension(form, lifecycle.extensionMaxDays());
    if (!checked.valid()) {
      throw Closings.invalid(checked.problems());
    }
    var registration = locked(registrationId);
    if (!LifecycleRules.protectedOn(registration, settings.today())) {
      throw notProtected(registration);
    }
    if (queries.openFor(registrationId).isPresent()) {
      throw new RuleViolation(
          LifecycleRules.EXTENSION_OPEN,
          "Registration " + registrationId + " has an open extension request already");
    }
    var valid = checked.value();
    var extension =
        new ProtectionExtension(
            registrationId,
            registration.getPartnerCompanyId(),
            registration.getOrganizationAlias(),
            valid.days(),
            valid.justification(),
            registration.getProtectedUntil(),
            caller.username(),
            LocalDateTime.now(clock));
    em.persist(extension);
    em.flush();
    audit.append(
        caller,
        "registration.extension-requested",
        Registrations.SUBJECT,
        registrationId,
        Map.of("extensionId", extension.getId(), "days", extension.getDays()));
    fire(RegistrationEvent.Kind.EXTENSION_REQUESTED, registration, caller.username());
    return extension;
  }

  /**
   * Approves or denies an open request, if nobody changed it since {@code version}; only the
   * partner's channel manager or a brand admin.
   */
  public ProtectionExtension decide(
      Caller caller, long id, long version, ExtensionDecision decision) {
    var extension = get(caller, id);
    if (!caller.hasRole(Role.CHANNEL_MANAGER) && !caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only the partner's channel manager or a brand admin decides");
    }
    if (extension.getVersion() != version) {
      throw new StaleRecord(WHAT, id, extension.getVersion());
    }
    var checked = LifecycleRules.decision(decision);
    if (!checked.valid()) {
      throw Closings.invalid(checked.problems());
    }
    var registration = locked(extension.getRegistrationId());
    if (extension.getStatus() != ExtensionStatus.OPEN) {
      throw new RuleViolation(
          LifecycleRules.EXTENSION_DECIDED,
          "Extension request " + id + " is " + extension.getStatus());
    }
    var now = LocalDateTime.now(clock);
    var reason = checked.value().reason();
    var details = new HashMap<String, Object>(Map.of("extensionId", id));
    String action;
    if (Boolean.TRUE.equals(checked.value().approve())) {
      if (!LifecycleRules.protectedOn(registration, settings.today())) {
        throw notProtected(registration);
      }
      var until =
          extension.approve(registration.getProtectedUntil(), caller.username(), now, reason);
      registration.extendProtection(until, now);
      details.put("protectedUntil", until);
      action = "registration.extension-approved";
    } else {
      extension.deny(caller.username(), now, reason);
      action = "registration.extension-denied";
    }
    flushed(extension);
    audit.append(caller, action, Registrations.SUBJECT, registration.getId(), details);
    fire(RegistrationEvent.Kind.EXTENSION_DECIDED, registration, caller.username());
    return extension;
  }

  /** One request, if the caller sees its registration. */
  public ProtectionExtension get(Caller caller, long id) {
    return queries
        .find(RegistrationScope.of(caller), id)
        .orElseThrow(() -> new RecordNotFound(WHAT, id));
  }

  /** The registration's requests, newest first. */
  public List<ProtectionExtension> of(Caller caller, long registrationId) {
    registrations.get(caller, registrationId);
    return queries.ofRegistration(registrationId);
  }

  /**
   * Requests in the caller's scope, oldest first (the queue), of one status or all; for brand
   * staff, partners see theirs with their registrations.
   */
  public List<ProtectionExtension> list(
      Caller caller, @Nullable ExtensionStatus status, int offset, int limit) {
    if (!caller.isBrandStaff()) {
      throw new AccessDenied("The extension queue is for brand staff");
    }
    return queries.list(RegistrationScope.of(caller), status, offset, limit);
  }

  public long count(Caller caller, @Nullable ExtensionStatus status) {
    if (!caller.isBrandStaff()) {
      throw new AccessDenied("The extension queue is for brand staff");
    }
    return queries.count(RegistrationScope.of(caller), status);
  }

  /**
   * Locked. Read before in this transaction (for the scope check) and changed by someone else in
   * between, it has moved on: the caller reloads it and sees its new status.
   */
  private Registration locked(long registrationId) {
    try {
      return em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
    } catch (OptimisticLockException e) {
      throw new RuleViolation(
          Registrations.TRANSITION, "Registration " + registrationId + " changed meanwhile");
    }
  }

  private void flushed(ProtectionExtension extension) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, extension.getId(), extension.getVersion());
    }
  }

  private void fire(RegistrationEvent.Kind kind, Registration registration, String actor) {
    events.fire(
        new RegistrationEvent(
            kind, registration.getId(), registration.getPartnerCompanyId(), actor));
  }

  private static RuleViolation notProtected(Registration registration) {
    return new RuleViolation(
        LifecycleRules.NOT_PROTECTED,
        "Registration "
            + registration.getId()
            + " is not protected any more ("
            + registration.getStatus()
            + ", until "
            + registration.getProtectedUntil()
            + ")");
  }
}
