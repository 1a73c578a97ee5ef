package com.channelportal.direct.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.base.boundary.ActivitySummary;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.direct.control.DirectOpportunityRules;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityActivity;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.entity.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The activity that keeps a direct opportunity's protection alive, and its lapse without it. A
 * scheduled job calls {@link #lapseInactive} once a day; an opportunity lapses on the first day
 * after its protection (see {@code DirectProtection}), stops counting in conflict detection (its
 * match keys are forgotten in the same transaction) and is audited as the system's act.
 */
@Stateless
public class DirectActivities {

  private static final Logger LOG = Logger.getLogger(DirectActivities.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject DirectSettings settings;

  @Inject DirectOpportunities opportunities;

  @Inject Event<DirectOpportunity> changed;

  /** Count and latest of the activities of each of the opportunities, for lists of claims. */
  public Map<Long, ActivitySummary> summaries(Collection<Long> opportunityIds) {
    if (opportunityIds.isEmpty()) {
      return Map.of();
    }
    var summaries = new HashMap<Long, ActivitySummary>();
    em.createQuery(
            "select a.opportunityId, count(a), max(a.occurredAt) from DirectOpportunityActivity a"
                + " where a.opportunityId in :ids group by a.opportunityId",
            Object[].class)
        .setParameter("ids", opportunityIds)
        .getResultList()
        .forEach(
            row ->
                summaries.put(
                    (Long) row[0], new ActivitySummary((Long) row[1], (LocalDateTime) row[2])));
    return summaries;
  }

  /**
   * Records an activity on an open opportunity; its owner or a brand admin. Needs no version: an
   * activity adds to the log and changes nothing anyone else typed.
   */
  public DirectOpportunityActivity record(Caller caller, long id, ActivityForm form) {
    var opportunity = opportunities.writable(caller, id, null);
    var now = LocalDateTime.now(clock);
    var checks = new FieldChecks();
    var occurred = DirectOpportunityRules.activity(form, now, checks);
    var note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
    if (!checks.problems().isEmpty()) {
      throw new InvalidFields(
          checks.problems().stream()
              .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
              .toList());
    }
    var activity =
        new DirectOpportunityActivity(
            id,
            Objects.requireNonNull(form.kind()),
            Objects.requireNonNull(occurred),
            note,
            caller.username(),
            now);
    em.persist(activity);
    opportunity.activityOccurred(occurred, now);
    em.flush();
    audit.append(
        caller,
        "direct-opportunity.activity-recorded",
        DirectOpportunities.SUBJECT,
        id,
        Map.of("kind", activity.getKind(), "activityId", activity.getId()));
    return activity;
  }

  /** The opportunity's activities, latest first; brand staff. */
  public List<DirectOpportunityActivity> of(Caller caller, long id) {
    opportunities.get(caller, id);
    return em.createQuery(
            "select a from DirectOpportunityActivity a where a.opportunityId = :id"
                + " order by a.occurredAt desc, a.id desc",
            DirectOpportunityActivity.class)
        .setParameter("id", id)
        .getResultList();
  }

  /**
   * Lapses every open opportunity without activity for longer than the brand allows as of {@code
   * today} (the brand's calendar day); the ids of those it lapsed. Safe to run again the same day.
   */
  public List<Long> lapseInactive(LocalDate today) {
    var protection = settings.protection();
    var cutoff = protection.lapsedIfLastActiveBefore(today);
    var ids =
        em.createQuery(
                "select d.id from DirectOpportunity d where d.status = :open"
                    + " and d.createdAt < :cutoff"
                    + " and (d.lastActivityAt is null or d.lastActivityAt < :cutoff)",
                Long.class)
            .setParameter("open", DirectOpportunityStatus.OPEN)
            .setParameter("cutoff", cutoff)
            .getResultList();
    var lapsed = new ArrayList<Long>();
    var now = LocalDateTime.now(clock);
    for (var id : ids) {
      var opportunity = em.find(DirectOpportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
      // an activity may have been recorded since the query: the locked row decides
      if (!opportunity.isOpen() || !protection.lapsedOn(opportunity.lastSignOfLife(), today)) {
        continue;
      }
      opportunity.lapse(now);
      em.flush();
      changed.fire(opportunity);
      audit.append(
          Actor.SYSTEM,
          "direct-opportunity.lapsed",
          DirectOpportunities.SUBJECT,
          id,
          Map.of(
              "lastActiveOn", protection.dayOf(opportunity.lastSignOfLife()),
              "inactivityDays", protection.inactivityDays()));
      lapsed.add(id);
    }
    LOG.info(() -> "Lapsed " + lapsed.size() + " direct opportunities inactive as of " + today);
    return lapsed;
  }
}
