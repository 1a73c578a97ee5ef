package com.channelportal.followup.control;

import static com.channelportal.followup.entity.ActivityForm.CUSTOMER_CONTACTS;
import static com.channelportal.followup.entity.ActivityForm.KIND;
import static com.channelportal.followup.entity.ActivityForm.NEXT_STEP;
import static com.channelportal.followup.entity.ActivityForm.NOTES;
import static com.channelportal.followup.entity.ActivityForm.OCCURRED_AT;
import static com.channelportal.followup.entity.ActivityForm.OUTCOME;
import static com.channelportal.followup.entity.ActivityForm.PARTICIPANTS;
import static com.channelportal.followup.entity.ActivityForm.VISIBILITY;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.followup.entity.ActivityContent;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.Visibility;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an activity, checked field by field into a {@link FieldChecks} so that every broken
 * rule is reported at once. An activity lies in the past (a few minutes of clock drift allowed) and
 * at most two years back; names are single lines, at most {@value DealActivity#MAX_NAMES} of them;
 * texts have the lengths of their columns and no control characters but line breaks and tabs.
 */
public final class ActivityRules {

  /** Clocks disagree a little; an activity "now" on a fast phone is not in the future. */
  public static final int FUTURE_TOLERANCE_MINUTES = 5;

  /** Follow-up of a deal older than that is a typo in the year rather than history. */
  public static final int MAX_AGE_DAYS = 731;

  private ActivityRules() {}

  /**
   * The checked content, or null when {@code checks} has problems.
   *
   * @param brandStaff whether the author may choose {@link Visibility#BRAND_INTERNAL}
   */
  public static @Nullable ActivityContent check(
      ActivityForm form, boolean brandStaff, LocalDateTime nowUtc, FieldChecks checks) {
    if (form.kind() == null) {
      checks.require(KIND, null);
    } else if (!form.kind().isLoggable()) {
      checks.fail(KIND, "NOT_LOGGABLE", "recorded by the system only");
    }
    var occurred = occurredAt(form, nowUtc, checks);
    if (form.visibility() == Visibility.BRAND_INTERNAL && !brandStaff) {
      checks.fail(VISIBILITY, "BRAND_ONLY", "only brand staff keep internal notes");
    }
    var participants = names(PARTICIPANTS, form.participants(), checks);
    var contacts = names(CUSTOMER_CONTACTS, form.customerContacts(), checks);
    var notes = checks.multiline(NOTES, form.notes(), DealActivity.NOTES_MAX_LENGTH);
    var outcome = checks.multiline(OUTCOME, form.outcome(), DealActivity.OUTCOME_MAX_LENGTH);
    var nextStep = checks.multiline(NEXT_STEP, form.nextStep(), DealActivity.NEXT_STEP_MAX_LENGTH);
    if (!checks.problems().isEmpty() || form.kind() == null || occurred == null) {
      return null;
    }
    return new ActivityContent(
        form.kind(), occurred, participants, contacts, notes, outcome, nextStep);
  }

  public static Visibility visibility(ActivityForm form) {
    return form.visibility() == null ? Visibility.SHARED : form.visibility();
  }

  private static @Nullable LocalDateTime occurredAt(
      ActivityForm form, LocalDateTime nowUtc, FieldChecks checks) {
    if (form.occurredAt() == null) {
      checks.require(OCCURRED_AT, null);
      return null;
    }
    var utc = form.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    if (utc.isAfter(nowUtc.plusMinutes(FUTURE_TOLERANCE_MINUTES))) {
      checks.fail(OCCURRED_AT, "FUTURE", "must not be in the future");
    } else if (utc.isBefore(nowUtc.minusDays(MAX_AGE_DAYS))) {
      checks.fail(OCCURRED_AT, "TOO_OLD", "at most " + MAX_AGE_DAYS + " days ago");
    }
    return utc;
  }

  /** Blank entries are dropped, as an empty row of a list would be. */
  private static List<String> names(String field, @Nullable List<String> raw, FieldChecks checks) {
    var names = new ArrayList<String>();
    if (raw == null) {
      return names;
    }
    for (var entry : raw) {
      var name = checks.text(field, entry, DealActivity.NAME_MAX_LENGTH, false);
      if (name != null) {
        names.add(name);
      }
    }
    if (names.size() > DealActivity.MAX_NAMES) {
      checks.fail(field, "TOO_MANY", "at most " + DealActivity.MAX_NAMES + " names");
    }
    return names;
  }
}
