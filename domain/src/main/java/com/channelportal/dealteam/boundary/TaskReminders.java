package com.channelportal.dealteam.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.dealteam.control.TaskDates;
import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.dealteam.entity.TeamMember;
import com.channelportal.notification.entity.Notice;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.scheduling.boundary.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Reminds assignees of open tasks the day before they are due and once they are overdue, once per
 * task, kind and due day: the row in {@code deal_task_reminder} is inserted before the notice is
 * fired, and a rerun (or another node) finds it there. Moving the due day makes both due again.
 * "Today" is the brand's day (the registration time zone), the same for every assignee, so that a
 * reminder does not depend on which node's clock or whose zone runs the job.
 */
@ApplicationScoped
public class TaskReminders implements ScheduledJob {

  public static final String NAME = "task-reminders";

  static final int BATCH = 200;

  @PersistenceContext EntityManager em;

  @Inject RegistrationSettings settings;

  @Inject AuditLog audit;

  @Inject Event<Notice> notices;

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
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT t.id FROM deal_task t JOIN deal_registration r ON r.id = t.registration_id"
                    + " WHERE t.status = 'OPEN' AND t.due_date <= ?1"
                    + " AND r.status NOT IN ('WITHDRAWN', 'EXPIRED', 'WON', 'LOST')"
                    + " AND NOT EXISTS (SELECT 1 FROM deal_task_reminder m WHERE m.task_id = t.id"
                    + " AND m.due_date = t.due_date"
                    + " AND m.kind = CASE WHEN t.due_date < ?2 THEN 'OVERDUE' ELSE 'DUE_SOON' END)"
                    + " ORDER BY t.id LIMIT ?3")
            .setParameter(1, today.plusDays(1))
            .setParameter(2, today)
            .setParameter(3, BATCH)
            .getResultList();
    int sent = 0;
    for (var id : ids) {
      var task = em.find(DealTask.class, id.longValue());
      var reminder = TaskDates.reminder(task.getDueDate(), today);
      if (reminder.isPresent() && remember(task, reminder.get(), nowUtc)) {
        announce(task, reminder.get());
        sent++;
      }
    }
    return new Outcome(sent + " task reminders on " + today, ids.size() == BATCH);
  }

  private boolean remember(DealTask task, TaskDates.Reminder reminder, LocalDateTime nowUtc) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO deal_task_reminder (task_id, kind, due_date, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, task.getId())
            .setParameter(2, reminder.name())
            .setParameter(3, task.getDueDate())
            .setParameter(4, nowUtc)
            .executeUpdate()
        == 1;
  }

  private void announce(DealTask task, TaskDates.Reminder reminder) {
    audit.append(
        Actor.SYSTEM,
        "deal-task.reminded",
        DealTasks.SUBJECT,
        task.getId(),
        Map.of("kind", reminder.name(), "dueDate", task.getDueDate()));
    var members =
        em.createQuery(
                "select m from TeamMember m where m.registrationId = :id and m.username = :who",
                TeamMember.class)
            .setParameter("id", task.getRegistrationId())
            .setParameter("who", task.getAssignee())
            .getResultList();
    for (var member : members) {
      notices.fire(
          new Notice(
              reminder == TaskDates.Reminder.OVERDUE
                  ? NotificationKind.TASK_OVERDUE
                  : NotificationKind.TASK_DUE_SOON,
              task.getRegistrationId(),
              Actor.SYSTEM.name(),
              List.of(
                  new Notice.Addressee(
                      member.getUsername(), DealTeams.audienceOf(member.getRole()))),
              task.getTitle(),
              false));
    }
  }
}
