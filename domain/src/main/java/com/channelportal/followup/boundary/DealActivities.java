package com.channelportal.followup.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.ActivitySummary;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.followup.control.ActivityRules;
import com.channelportal.followup.entity.ActivityContent;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.AuthorSide;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.DealFollowUp;
import com.channelportal.followup.entity.DealText;
import com.channelportal.followup.entity.Upload;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.identity.entity.Caller;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.Registration;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The activities of a deal's timeline. Anyone who may read the deal logs activities on it while it
 * is open; only the author edits or deletes one, at the version they read. Deleting hides the
 * activity and its files from every read, and keeps the row for the audit trail.
 */
@Stateless
public class DealActivities {

  public static final String SUBJECT = "deal-activity";
  static final String WHAT = "Activity";
  static final String ITEM_TYPE = "activity";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Deals deals;

  @Inject TimelineQueries queries;

  @Inject DealAttachments attachments;

  @Inject Event<DealText> texts;

  @Inject FollowUpSettings settings;

  /**
   * Logs an activity with its files, all or nothing: a refused file or mention rolls the activity
   * back too.
   */
  public DealActivity record(
      Caller caller, long registrationId, ActivityForm form, List<Upload> files) {
    deals.writable(caller, registrationId);
    var now = LocalDateTime.now(clock);
    var content = checked(caller, form, now);
    var activity =
        new DealActivity(
            registrationId,
            ActivityRules.visibility(form),
            content,
            caller.username(),
            caller.displayName(),
            AuthorSide.of(caller),
            now);
    em.persist(activity);
    em.flush();
    for (var file : files) {
      attachments.store(caller, activity, file, now);
    }
    occurred(activity);
    audit.append(
        caller,
        "deal-activity.recorded",
        SUBJECT,
        activity.getId(),
        Map.of(
            "registrationId", registrationId,
            "kind", activity.getKind(),
            "visibility", activity.getVisibility(),
            "files", files.size()));
    announce(caller, activity);
    return activity;
  }

  /**
   * The system's entry for a change of the deal itself, e.g. its stage; shared with the partner.
   */
  public DealActivity recordDealUpdate(Caller caller, long registrationId, String change) {
    var now = LocalDateTime.now(clock);
    var content =
        new ActivityContent(
            DealActivityKind.DEAL_UPDATE, now, List.of(), List.of(), change, null, null);
    var activity =
        new DealActivity(
            registrationId,
            Visibility.SHARED,
            content,
            caller.username(),
            caller.displayName(),
            AuthorSide.of(caller),
            now);
    em.persist(activity);
    em.flush();
    occurred(activity);
    return activity;
  }

  /** Replaces what its author typed, if nobody changed it since {@code version}. */
  public DealActivity edit(
      Caller caller, long registrationId, long activityId, long version, ActivityForm form) {
    return edit(caller, registrationId, activityId, version, form, List.of());
  }

  /**
   * The same, adding {@code added} files to those the activity has: all or nothing, as when it was
   * logged, so a refused file leaves the activity as it was read.
   */
  public DealActivity edit(
      Caller caller,
      long registrationId,
      long activityId,
      long version,
      ActivityForm form,
      List<Upload> added) {
    deals.writable(caller, registrationId);
    var activity = own(caller, registrationId, activityId, version);
    var now = LocalDateTime.now(clock);
    var content = checked(caller, withVisibility(form, activity.getVisibility()), now);
    activity.edit(content, now);
    flushed(activity);
    for (var file : added) {
      attachments.store(caller, activity, file, now);
    }
    occurred(activity);
    audit.append(
        caller,
        "deal-activity.edited",
        SUBJECT,
        activityId,
        Map.of(
            "registrationId", registrationId,
            "kind", activity.getKind(),
            "filesAdded", added.size()));
    announce(caller, activity);
    return activity;
  }

  /** Hides the activity and its files; its author, at the version they read. */
  public void delete(Caller caller, long registrationId, long activityId, long version) {
    deals.writable(caller, registrationId);
    var activity = own(caller, registrationId, activityId, version);
    activity.delete(LocalDateTime.now(clock));
    flushed(activity);
    audit.append(
        caller,
        "deal-activity.deleted",
        SUBJECT,
        activityId,
        Map.of("registrationId", registrationId));
  }

  public DealActivity get(Caller caller, long registrationId, long activityId) {
    deals.readable(caller, registrationId);
    return queries
        .find(caller, registrationId, activityId)
        .orElseThrow(() -> new RecordNotFound(WHAT, activityId));
  }

  /** Newest first. */
  public List<DealActivity> list(
      Caller caller, long registrationId, ActivityFilter filter, int offset, int limit) {
    deals.readable(caller, registrationId);
    return queries.list(caller, registrationId, filter, offset, limit);
  }

  public long count(Caller caller, long registrationId, ActivityFilter filter) {
    deals.readable(caller, registrationId);
    return queries.count(caller, registrationId, filter);
  }

  /** The files of the given activities that the caller may see, by activity. */
  public Map<Long, List<DealAttachment>> attachmentsOf(
      Caller caller, long registrationId, List<DealActivity> activities) {
    var ids = activities.stream().map(DealActivity::getId).toList();
    var byActivity = new HashMap<Long, List<DealAttachment>>();
    for (var file : queries.attachments(caller, registrationId, ids)) {
      byActivity.computeIfAbsent(file.getActivityId(), k -> new ArrayList<>()).add(file);
    }
    return byActivity;
  }

  /**
   * How much follow-up each of the deals has, counting what the caller may see: brand staff all
   * activities, partners the shared ones. For lists of deals whose existence the caller may know,
   * such as the conflict desk's competing claims; the deals themselves are not checked here.
   */
  public Map<Long, ActivitySummary> summaries(Caller caller, Collection<Long> registrationIds) {
    return queries.summaries(caller, registrationIds);
  }

  /** Whether the deal is approved and counts as inactive now, for the flag in views and the API. */
  public boolean isInactive(Registration registration) {
    var approvedAt = registration.getDecidedAt();
    if (registration.getStatus() != RegistrationStatus.APPROVED || approvedAt == null) {
      return false;
    }
    var followUp = em.find(DealFollowUp.class, registration.getId());
    return settings
        .inactivity()
        .isInactive(
            followUp == null ? null : followUp.getLastActivityAt(),
            approvedAt,
            LocalDateTime.now(clock));
  }

  private ActivityContent checked(Caller caller, ActivityForm form, LocalDateTime now) {
    var checks = new FieldChecks();
    var content = ActivityRules.check(form, caller.isBrandStaff(), now, checks);
    if (content == null) {
      throw invalid(checks.problems());
    }
    return content;
  }

  private DealActivity own(Caller caller, long registrationId, long activityId, long version) {
    var activity =
        queries
            .locked(caller, registrationId, activityId)
            .orElseThrow(() -> new RecordNotFound(WHAT, activityId));
    if (activity.getKind() == DealActivityKind.DEAL_UPDATE
        || !activity.getAuthorUsername().equals(caller.username())) {
      throw new AccessDenied("Only its author changes an activity");
    }
    if (activity.getVersion() != version) {
      throw new StaleRecord(WHAT, activityId, activity.getVersion());
    }
    return activity;
  }

  /** Keeps the deal's last sign of life; brand-internal notes are no follow-up of the partner. */
  private void occurred(DealActivity activity) {
    if (activity.isBrandInternal()) {
      return;
    }
    var followUp =
        em.find(DealFollowUp.class, activity.getRegistrationId(), LockModeType.PESSIMISTIC_WRITE);
    if (followUp == null) {
      em.persist(new DealFollowUp(activity.getRegistrationId(), activity.getOccurredAt()));
    } else {
      followUp.activityOccurred(activity.getOccurredAt());
    }
  }

  private void announce(Caller caller, DealActivity activity) {
    var text = activity.mentionableText();
    if (!text.isEmpty()) {
      texts.fire(
          new DealText(
              activity.getRegistrationId(),
              ITEM_TYPE,
              activity.getId(),
              activity.isBrandInternal(),
              text,
              caller));
    }
  }

  private void flushed(DealActivity activity) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, activity.getId(), activity.getVersion());
    }
  }

  private static ActivityForm withVisibility(ActivityForm form, Visibility visibility) {
    return new ActivityForm(
        form.kind(),
        form.occurredAt(),
        form.participants(),
        form.customerContacts(),
        form.notes(),
        form.outcome(),
        form.nextStep(),
        visibility);
  }

  static InvalidFields invalid(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }
}
