package com.channelportal.direct.entity;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An activity as typed.
 *
 * @param occurredAt when it happened, with its offset (the UI sends the user's zone)
 */
public record ActivityForm(
    @Nullable ActivityKind kind, @Nullable OffsetDateTime occurredAt, @Nullable String note) {

  public static final String KIND = "kind";
  public static final String OCCURRED_AT = "occurredAt";
  public static final String NOTE = "note";
}
