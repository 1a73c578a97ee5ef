package com.channelportal.followup.control;

import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealAttachment;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A deal's timeline as table rows for an export: one row per activity, times in the reader's zone
 * to the minute as the timeline shows them, lists of names joined with "; ". Which activities and
 * files are in it is the query's decision, not this table's.
 */
public final class TimelineTable {

  public static final List<String> COLUMNS =
      List.of(
          "occurred",
          "kind",
          "author",
          "side",
          "visibility",
          "participants",
          "customerContacts",
          "notes",
          "outcome",
          "nextStep",
          "attachments");

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String SEPARATOR = "; ";

  private TimelineTable() {}

  public static List<List<String>> rows(
      List<DealActivity> activities, Map<Long, List<DealAttachment>> files, ZoneId zone) {
    return activities.stream()
        .map(a -> row(a, files.getOrDefault(a.getId(), List.of()), zone))
        .toList();
  }

  static List<String> row(DealActivity a, List<DealAttachment> files, ZoneId zone) {
    return List.of(
        a.getOccurredAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).format(MINUTES),
        a.getKind().name(),
        a.getAuthorName(),
        a.getAuthorSide().name(),
        a.getVisibility().name(),
        String.join(SEPARATOR, a.getParticipants()),
        String.join(SEPARATOR, a.getCustomerContacts()),
        orEmpty(a.getNotes()),
        orEmpty(a.getOutcome()),
        orEmpty(a.getNextStep()),
        String.join(SEPARATOR, files.stream().map(DealAttachment::getFileName).toList()));
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
