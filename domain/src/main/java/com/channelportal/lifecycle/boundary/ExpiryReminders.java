package com.channelportal.lifecycle.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Tells partners that protection ends soon, once per registration, reminder day and end of
 * protection: the row in {@code registration_reminder} is inserted before the event is fired, and a
 * rerun finds it there (an extension moves the end, so its reminders come again).
 */
@ApplicationScoped
public class ExpiryReminders implements ScheduledJob {

  public static final String NAME = "expiry-reminders";

  @PersistenceContext EntityManager em;

  @Inject RegistrationSettings settings;

  @Inject LifecycleSettings lifecycle;

  @Inject AuditLog audit;

  @Inject Event<RegistrationEvent> events;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(30);
  }

  @Override
  public Outcome run(LocalDateTime nowUtc) {
    var today = settings.dayOf(nowUtc);
    var days = lifecycle.reminderDays();
    var ending =
        em.createQuery(
                "select r from Registration r where r.status = :approved"
                    + " and r.protectedUntil between :today and :last order by r.id",
                Registration.class)
            .setParameter("approved", RegistrationStatus.APPROVED)
            .setParameter("today", today)
            .setParameter("last", today.plusDays(days.furthest()))
            .getResultList();
    int sent = 0;
    for (var registration : ending) {
      var due = days.due(today, registration.getProtectedUntil());
      if (due.isPresent() && remember(registration, due.getAsInt(), nowUtc)) {
        announce(registration, due.getAsInt());
        sent++;
      }
    }
    return Outcome.done(sent + " reminders on " + today);
  }

  /** Whether this reminder is new; the primary key makes a second one a no-op. */
  private boolean remember(Registration registration, int daysBefore, LocalDateTime nowUtc) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO registration_reminder"
                    + " (registration_id, days_before, protected_until, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, registration.getId())
            .setParameter(2, daysBefore)
            .setParameter(3, registration.getProtectedUntil())
            .setParameter(4, nowUtc)
            .executeUpdate()
        == 1;
  }

  private void announce(Registration registration, int daysBefore) {
    audit.append(
        Actor.SYSTEM,
        "registration.expiry-reminded",
        Registrations.SUBJECT,
        registration.getId(),
        Map.of("daysBefore", daysBefore, "protectedUntil", registration.getProtectedUntil()));
    events.fire(
        new RegistrationEvent(
            RegistrationEvent.Kind.EXPIRY_REMINDER,
            registration.getId(),
            registration.getPartnerCompanyId(),
            Actor.SYSTEM.name()));
  }
}
