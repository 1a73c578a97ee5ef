package com.channelportal.lifecycle.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.review.boundary.ReviewSettings;
import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Escalates registrations that have waited under review longer than the service level, once per
 * registration and review round: the round starts when the registration last went under review, and
 * {@code registration_escalation} remembers which rounds were escalated.
 */
@ApplicationScoped
public class ReviewEscalation implements ScheduledJob {

  public static final String NAME = "review-escalation";

  static final int BATCH = 200;

  @PersistenceContext EntityManager em;

  @Inject ReviewSettings settings;

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
    var level = settings.serviceLevel();
    List<?> overdue =
        em.createNativeQuery(
                // waiting_since is set whenever a claim starts to wait for the brand (under
                // review, reopened, appealed), the same clock the conflict desk's queue shows
                "SELECT t.id, t.partner_company_id, t.waiting_since AS since"
                    + " FROM deal_registration t"
                    + " WHERE t.waiting_since < ?1 AND NOT EXISTS (SELECT 1 FROM"
                    + " registration_escalation e"
                    + " WHERE e.registration_id = t.id AND e.review_since = t.waiting_since)"
                    + " ORDER BY t.waiting_since, t.id LIMIT "
                    + BATCH)
            .setParameter(1, level.cutoff(nowUtc))
            .getResultList();
    int escalated = 0;
    for (var row : overdue) {
      var columns = (Object[]) row;
      var id = ((Number) columns[0]).longValue();
      var company = ((Number) columns[1]).longValue();
      var since = time(columns[2]);
      if (remember(id, since, nowUtc)) {
        announce(id, company, since, level.hours());
        escalated++;
      }
    }
    return new Outcome(escalated + " escalated", overdue.size() == BATCH);
  }

  private boolean remember(long id, LocalDateTime since, LocalDateTime nowUtc) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO registration_escalation"
                    + " (registration_id, review_since, escalated_at) VALUES (?1, ?2, ?3)")
            .setParameter(1, id)
            .setParameter(2, since)
            .setParameter(3, nowUtc)
            .executeUpdate()
        == 1;
  }

  private void announce(long id, long company, LocalDateTime since, int hours) {
    audit.append(
        Actor.SYSTEM,
        "registration.escalated",
        Registrations.SUBJECT,
        id,
        Map.of("underReviewSince", since, "serviceLevelHours", hours));
    events.fire(
        new RegistrationEvent(RegistrationEvent.Kind.ESCALATED, id, company, Actor.SYSTEM.name()));
  }

  private static LocalDateTime time(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
