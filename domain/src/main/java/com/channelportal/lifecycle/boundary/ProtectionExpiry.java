package com.channelportal.lifecycle.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.boundary.ReleasedClaims;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Ends the protection of approved registrations whose last protected day has passed in the brand's
 * time zone: they become EXPIRED (by the system), stop being conflict candidates, and the customer
 * is free for anybody's registration. Runs every ten minutes, so a claim ends shortly after the
 * brand's midnight; between midnight and the run, conflict checks already ignore it by its date.
 */
@ApplicationScoped
public class ProtectionExpiry implements ScheduledJob {

  public static final String NAME = "protection-expiry";

  /** Registrations per run; more are left for the next tick, which follows at once. */
  static final int BATCH = 200;

  @PersistenceContext EntityManager em;

  @Inject RegistrationSettings settings;

  @Inject ReleasedClaims claims;

  @Inject AuditLog audit;

  @Inject Event<RegistrationEvent> events;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(10);
  }

  @Override
  public Outcome run(LocalDateTime nowUtc) {
    var today = settings.dayOf(nowUtc);
    var due =
        em.createQuery(
                "select r.id from Registration r where r.status = :approved"
                    + " and r.protectedUntil < :today order by r.protectedUntil, r.id",
                Long.class)
            .setParameter("approved", RegistrationStatus.APPROVED)
            .setParameter("today", today)
            .setMaxResults(BATCH)
            .getResultList();
    int expired = 0;
    for (var id : due) {
      if (expire(id, today, nowUtc)) {
        expired++;
      }
    }
    return new Outcome(expired + " expired before " + today, due.size() == BATCH);
  }

  /** Whether the registration's protection ended before {@code today}, the brand's day. */
  static boolean due(Registration registration, LocalDate today) {
    return registration.getStatus() == RegistrationStatus.APPROVED
        && registration.getProtectedUntil() != null
        && registration.getProtectedUntil().isBefore(today);
  }

  /** Locked first: the partner may be closing or withdrawing it at this moment. */
  private boolean expire(long id, LocalDate today, LocalDateTime nowUtc) {
    var registration = em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (registration == null || !due(registration, today)) {
      return false;
    }
    registration.close(RegistrationStatus.EXPIRED, nowUtc, Actor.SYSTEM.name());
    claims.release(id);
    em.flush();
    audit.append(
        Actor.SYSTEM,
        "registration.expired",
        Registrations.SUBJECT,
        id,
        Map.of("protectedUntil", registration.getProtectedUntil()));
    events.fire(
        new RegistrationEvent(
            RegistrationEvent.Kind.EXPIRED,
            id,
            registration.getPartnerCompanyId(),
            Actor.SYSTEM.name()));
    return true;
  }
}
