package com.channelportal.direct.rest;

import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunityActivity;
import org.jspecify.annotations.Nullable;

/** One recorded activity; {@code occurredAt} and {@code recordedAt} are UTC ISO-8601. */
public record ActivityJson(
    long id,
    ActivityKind kind,
    String occurredAt,
    @Nullable String note,
    String recordedBy,
    String recordedAt) {

  static ActivityJson of(DirectOpportunityActivity a) {
    return new ActivityJson(
        a.getId(),
        a.getKind(),
        DirectOpportunityJson.utc(a.getOccurredAt()),
        a.getNote(),
        a.getRecordedBy(),
        DirectOpportunityJson.utc(a.getRecordedAt()));
  }
}
