package com.channelportal.dealteam.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.dealteam.control.TaskRules;
import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.dealteam.entity.TaskComment;
import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.dealteam.entity.TeamMember;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.followup.entity.DealText;
import com.channelportal.identity.entity.Caller;
import com.channelportal.notification.entity.Notice;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.partner.control.PartnerScope;
import com.channelportal.registration.control.RegistrationScope;
import com.channelportal.settings.entity.UserSetting;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tasks on deals and their comments. Every task is shared by both sides (see the entity package).
 * Changes lock the task's row and compare the version the writer read, so of two people editing a
 * task at once the second learns of the first instead of overwriting it.
 */
@Stateless
public class DealTasks {

  public static final String SUBJECT = "deal-task";
  public static final String COMMENT_ITEM = "task-comment";
  public static final String TEXT = "text";

  static final String WHAT = "Task";

  /** How much of a text a mention notification quotes. */
  static final int EXCERPT = 80;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Deals deals;

  @Inject DealTeams teams;

  @Inject AuditLog audit;

  @Inject Event<Notice> notices;

  @Inject Event<DealText> texts;

  public List<DealTask> list(Caller caller, long registrationId, int offset, int limit) {
    deals.readable(caller, registrationId);
    return em.createQuery(
            "select t from DealTask t where t.registrationId = :id order by t.dueDate, t.id",
            DealTask.class)
        .setParameter("id", registrationId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Caller caller, long registrationId) {
    deals.readable(caller, registrationId);
    return em.createQuery(
            "select count(t) from DealTask t where t.registrationId = :id", Long.class)
        .setParameter("id", registrationId)
        .getSingleResult();
  }

  public DealTask get(Caller caller, long registrationId, long taskId) {
    deals.readable(caller, registrationId);
    return find(registrationId, taskId, LockModeType.NONE);
  }

  public DealTask create(Caller caller, long registrationId, TaskForm form) {
    var deal = deals.writable(caller, registrationId);
    var team = teams.members(deal);
    Invalid.check(TaskRules.forNew(form, usernames(team)));
    var now = LocalDateTime.now(clock);
    var task =
        new DealTask(
            registrationId,
            deal.getPartnerCompanyId(),
            form.title().trim(),
            blankToNull(form.description()),
            form.assignee(),
            form.dueDate(),
            caller.username(),
            now);
    em.persist(task);
    em.flush();
    audit.append(
        caller,
        "deal-task.created",
        SUBJECT,
        task.getId(),
        Map.of("registrationId", registrationId, "dueDate", task.getDueDate()));
    tellAssignee(caller, task, team);
    return task;
  }

  /**
   * Changes the task if nobody did since {@code version}.
   *
   * @throws StaleRecord if someone did
   */
  public DealTask update(
      Caller caller, long registrationId, long taskId, long version, TaskForm change) {
    var deal = deals.writable(caller, registrationId);
    var task = find(registrationId, taskId, LockModeType.PESSIMISTIC_WRITE);
    if (task.getVersion() != version) {
      throw new StaleRecord(WHAT, taskId, task.getVersion());
    }
    var team = teams.members(deal);
    Invalid.check(TaskRules.forChange(change, task.getStatus(), usernames(team)));
    var before = task.getAssignee();
    var trimmed =
        new TaskForm(
            change.title() == null ? null : change.title().trim(),
            change.description(),
            change.assignee(),
            change.dueDate(),
            change.status());
    task.change(trimmed, LocalDateTime.now(clock));
    em.flush();
    audit.append(
        caller,
        "deal-task.changed",
        SUBJECT,
        taskId,
        Map.of("registrationId", registrationId, "status", task.getStatus().name()));
    if (!before.equals(task.getAssignee())) {
      tellAssignee(caller, task, team);
    }
    return task;
  }

  public List<TaskComment> comments(Caller caller, long registrationId, long taskId) {
    get(caller, registrationId, taskId);
    return em.createQuery(
            "select c from TaskComment c where c.taskId = :id order by c.id", TaskComment.class)
        .setParameter("id", taskId)
        .getResultList();
  }

  /** Adds a comment; mentions in it are checked and told in this transaction (see DealText). */
  public TaskComment comment(
      Caller caller, long registrationId, long taskId, @Nullable String text) {
    deals.writable(caller, registrationId);
    find(registrationId, taskId, LockModeType.NONE);
    var body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      Invalid.check(
          List.of(new FieldProblem(TEXT, TEXT + TaskRules.REQUIRED, "text: is required")));
    }
    if (body.length() > TaskComment.TEXT_MAX_LENGTH) {
      Invalid.check(
          List.of(
              new FieldProblem(
                  TEXT,
                  TEXT + TaskRules.TOO_LONG,
                  "text: at most " + TaskComment.TEXT_MAX_LENGTH + " characters")));
    }
    var comment = new TaskComment(taskId, caller.username(), body, LocalDateTime.now(clock));
    em.persist(comment);
    em.flush();
    audit.append(
        caller, "deal-task.commented", SUBJECT, taskId, Map.of("commentId", comment.getId()));
    texts.fire(new DealText(registrationId, COMMENT_ITEM, comment.getId(), false, body, caller));
    return comment;
  }

  /** The caller's own tasks across the deals they may still read, by due day. */
  public List<DealTask> mine(Caller caller, MyTaskFilter filter, int offset, int limit) {
    return mineQuery(caller, filter, "select t", DealTask.class, " order by t.dueDate, t.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countMine(Caller caller, MyTaskFilter filter) {
    return mineQuery(caller, filter, "select count(t)", Long.class, "").getSingleResult();
  }

  /** The caller's today, in their own time zone: it decides what is overdue for them. */
  public LocalDate today(Caller caller) {
    return LocalDate.now(clock.withZone(zone(caller)));
  }

  public ZoneId zone(Caller caller) {
    var setting = em.find(UserSetting.class, caller.subject());
    return setting == null ? UserSetting.DEFAULT_ZONE : setting.getTimeZone();
  }

  private <T> TypedQuery<T> mineQuery(
      Caller caller, MyTaskFilter filter, String select, Class<T> type, String order) {
    var scope = RegistrationScope.of(caller);
    var jpql =
        new StringBuilder(select)
            .append(" from DealTask t, Registration r, PartnerCompany c")
            .append(" where r.id = t.registrationId and c.id = r.partnerCompanyId")
            .append(" and t.assignee = :me");
    if (scope instanceof PartnerScope.OwnCompany) {
      jpql.append(" and r.organizationAlias = :alias");
    } else if (scope instanceof PartnerScope.AssignedTo) {
      jpql.append(" and c.channelManager = :me");
    } else if (scope instanceof PartnerScope.Nothing) {
      jpql.append(" and 1 = 0");
    }
    if (filter.done()) {
      jpql.append(" and t.status <> :open");
    } else {
      jpql.append(" and t.status = :open");
      if (filter.overdueOnly()) {
        jpql.append(" and t.dueDate < :today");
      }
    }
    var query =
        em.createQuery(jpql.append(order).toString(), type)
            .setParameter("me", caller.username())
            .setParameter("open", TaskStatus.OPEN);
    if (scope instanceof PartnerScope.OwnCompany own) {
      query.setParameter("alias", own.organizationAlias());
    }
    if (!filter.done() && filter.overdueOnly()) {
      query.setParameter("today", today(caller));
    }
    return query;
  }

  private DealTask find(long registrationId, long taskId, LockModeType lock) {
    var task = em.find(DealTask.class, taskId, lock);
    if (task == null || task.getRegistrationId() != registrationId) {
      throw new RecordNotFound(WHAT, taskId);
    }
    return task;
  }

  private void tellAssignee(Caller caller, DealTask task, List<TeamMember> team) {
    team.stream()
        .filter(m -> m.getUsername().equals(task.getAssignee()))
        .findFirst()
        .ifPresent(
            member ->
                notices.fire(
                    new Notice(
                        NotificationKind.TASK_ASSIGNED,
                        task.getRegistrationId(),
                        caller.username(),
                        List.of(
                            new Notice.Addressee(
                                member.getUsername(), DealTeams.audienceOf(member.getRole()))),
                        task.getTitle(),
                        false)));
  }

  private static java.util.Set<String> usernames(List<TeamMember> team) {
    return team.stream().map(TeamMember::getUsername).collect(java.util.stream.Collectors.toSet());
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String excerpt(String text) {
    var line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
  }
}
