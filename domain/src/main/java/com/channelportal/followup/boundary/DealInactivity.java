package com.channelportal.followup.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.followup.entity.DealFollowUp;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Tells the channel manager of approved deals that went quiet, once per inactive stretch: {@code
 * deal_follow_up.inactive_notified_at} remembers the telling, and the next shared activity clears
 * it. A deal without any activity counts from its approval and gets its row when first told.
 */
@ApplicationScoped
public class DealInactivity implements ScheduledJob {

  public static final String NAME = "deal-inactivity";

  static final int BATCH = 200;

  @PersistenceContext EntityManager em;

  @Inject FollowUpSettings settings;

  @Inject AuditLog audit;

  @Inject Event<RegistrationEvent> events;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  /** Joins the scheduler's transaction; its own when called directly, e.g. by a test. */
  @Override
  @Transactional
  public Outcome run(LocalDateTime nowUtc) {
    var rule = settings.inactivity();
    var due =
        em.createQuery(
                "select r.id, r.partnerCompanyId, r.decidedAt from Registration r"
                    + " left join DealFollowUp f on f.registrationId = r.id"
                    + " where r.status = :approved and f.inactiveNotifiedAt is null"
                    + " and coalesce(f.lastActivityAt, r.decidedAt) < :cutoff"
                    + " and r.decidedAt < :cutoff order by r.id",
                Object[].class)
            .setParameter("approved", RegistrationStatus.APPROVED)
            .setParameter("cutoff", rule.activeSince(nowUtc))
            .setMaxResults(BATCH)
            .getResultList();
    int told = 0;
    for (var row : due) {
      var id = (Long) row[0];
      var company = (Long) row[1];
      var approvedAt = (LocalDateTime) row[2];
      var followUp = em.find(DealFollowUp.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (followUp == null) {
        followUp = new DealFollowUp(id, approvedAt);
        em.persist(followUp);
      } else if (!rule.isDue(
          followUp.getLastActivityAt(), approvedAt, followUp.getInactiveNotifiedAt(), nowUtc)) {
        // an activity was logged since the query: the locked row decides
        continue;
      }
      followUp.inactivityNotified(nowUtc);
      em.flush();
      audit.append(
          Actor.SYSTEM,
          "deal.inactive",
          Registrations.SUBJECT,
          id,
          Map.of("inactivityDays", rule.days()));
      events.fire(
          new RegistrationEvent(
              RegistrationEvent.Kind.DEAL_INACTIVE, id, company, Actor.SYSTEM.name()));
      told++;
    }
    return new Outcome(told + " inactive deals told", due.size() == BATCH);
  }

  /**
   * Whether an approved deal counts as inactive at {@code nowUtc}. Called from EJBs and the job:
   * this bean's entity manager is resolved in the caller's module, which the WAR is not (its views
   * and resources ask {@link DealActivities#isInactive}).
   */
  public boolean isInactive(
      long registrationId, LocalDateTime approvedAtUtc, LocalDateTime nowUtc) {
    var followUp = em.find(DealFollowUp.class, registrationId);
    return settings
        .inactivity()
        .isInactive(followUp == null ? null : followUp.getLastActivityAt(), approvedAtUtc, nowUtc);
  }
}
