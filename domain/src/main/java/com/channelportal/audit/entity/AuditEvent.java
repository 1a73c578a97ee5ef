package com.channelportal.audit.entity;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an audit entry records, i.e. everything its hash covers besides the previous hash.
 *
 * <p>The time is cut to microseconds here, because that is what the database keeps ({@code
 * DATETIME(6)}): an entry hashed with nanoseconds would no longer match once read back.
 *
 * @param occurredAt UTC
 * @param action a stable code such as {@code application.submitted}
 * @param details a small JSON object as text; hashed exactly as stored
 */
public record AuditEvent(
    LocalDateTime occurredAt,
    String actor,
    @Nullable String actorOrganization,
    String action,
    String subjectType,
    String subjectId,
    String details) {

  public AuditEvent {
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(details, "details");
  }
}
