package com.channelportal.followup.boundary;

import com.channelportal.base.boundary.ActivitySummary;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.identity.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline's queries, each restricted in its WHERE clause to what the caller may see: deleted
 * activities never, brand-internal ones only for brand staff. The deal itself is checked by {@link
 * Deals} before any of these runs.
 */
@ApplicationScoped
public class TimelineQueries {

  @PersistenceContext EntityManager em;

  List<DealActivity> list(
      Caller caller, long registrationId, ActivityFilter filter, int offset, int limit) {
    var jpql =
        "select a from DealActivity a where "
            + where(caller, filter)
            + " order by a.occurredAt desc, a.id desc";
    return bind(em.createQuery(jpql, DealActivity.class), caller, registrationId, filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  /** Every activity the caller may see, newest first, for an export. */
  List<DealActivity> all(Caller caller, long registrationId) {
    var jpql =
        "select a from DealActivity a where "
            + where(caller, ActivityFilter.NONE)
            + " order by a.occurredAt desc, a.id desc";
    return bind(
            em.createQuery(jpql, DealActivity.class), caller, registrationId, ActivityFilter.NONE)
        .getResultList();
  }

  long count(Caller caller, long registrationId, ActivityFilter filter) {
    var jpql = "select count(a) from DealActivity a where " + where(caller, filter);
    return bind(em.createQuery(jpql, Long.class), caller, registrationId, filter).getSingleResult();
  }

  Optional<DealActivity> find(Caller caller, long registrationId, long activityId) {
    var jpql =
        "select a from DealActivity a where a.id = :id and " + where(caller, ActivityFilter.NONE);
    return bind(
            em.createQuery(jpql, DealActivity.class), caller, registrationId, ActivityFilter.NONE)
        .setParameter("id", activityId)
        .getResultStream()
        .findFirst();
  }

  Optional<DealActivity> locked(Caller caller, long registrationId, long activityId) {
    return find(caller, registrationId, activityId)
        .map(a -> em.find(DealActivity.class, a.getId(), LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Count and latest of the activities the caller may see on each of the deals; the deals' own
   * field changes (DEAL_UPDATE) are no follow-up and do not count.
   */
  Map<Long, ActivitySummary> summaries(Caller caller, Collection<Long> registrationIds) {
    if (registrationIds.isEmpty()) {
      return Map.of();
    }
    var jpql =
        "select a.registrationId, count(a), max(a.occurredAt) from DealActivity a"
            + " where a.registrationId in :ids and a.deletedAt is null and a.kind <> :dealUpdate"
            + (caller.isBrandStaff() ? "" : " and a.visibility = :shared")
            + " group by a.registrationId";
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("ids", registrationIds)
            .setParameter("dealUpdate", DealActivityKind.DEAL_UPDATE);
    if (!caller.isBrandStaff()) {
      query.setParameter("shared", Visibility.SHARED);
    }
    var summaries = new HashMap<Long, ActivitySummary>();
    for (var row : query.getResultList()) {
      summaries.put((Long) row[0], new ActivitySummary((Long) row[1], (LocalDateTime) row[2]));
    }
    return summaries;
  }

  /** The files of activities the caller may see, oldest first. */
  List<DealAttachment> attachments(Caller caller, long registrationId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var jpql =
        "select f from DealAttachment f, DealActivity a where f.activityId = a.id"
            + " and a.id in :ids and "
            + where(caller, ActivityFilter.NONE)
            + " order by f.id";
    return bind(
            em.createQuery(jpql, DealAttachment.class), caller, registrationId, ActivityFilter.NONE)
        .setParameter("ids", ids)
        .getResultList();
  }

  Optional<DealAttachment> attachment(Caller caller, long registrationId, long attachmentId) {
    var jpql =
        "select f from DealAttachment f, DealActivity a where f.activityId = a.id"
            + " and f.id = :id and "
            + where(caller, ActivityFilter.NONE);
    return bind(
            em.createQuery(jpql, DealAttachment.class), caller, registrationId, ActivityFilter.NONE)
        .setParameter("id", attachmentId)
        .getResultStream()
        .findFirst();
  }

  private static String where(Caller caller, ActivityFilter filter) {
    var where = "a.registrationId = :registration and a.deletedAt is null";
    if (!caller.isBrandStaff()) {
      where += " and a.visibility = :shared";
    }
    if (filter.kind() != null) {
      where += " and a.kind = :kind";
    }
    if (filter.author() != null && !filter.author().isBlank()) {
      where += " and a.authorUsername = :author";
    }
    return where;
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, Caller caller, long registrationId, ActivityFilter filter) {
    query.setParameter("registration", registrationId);
    if (!caller.isBrandStaff()) {
      query.setParameter("shared", Visibility.SHARED);
    }
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    if (filter.author() != null && !filter.author().isBlank()) {
      query.setParameter("author", filter.author().strip());
    }
    return query;
  }
}
