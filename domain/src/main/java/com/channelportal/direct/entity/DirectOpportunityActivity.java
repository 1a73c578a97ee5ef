package com.channelportal.direct.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing done on a direct opportunity, as its sales person recorded it: the evidence that the
 * brand is actually working on the customer, which is what keeps the customer protected.
 */
@Entity
@Table(name = "direct_opportunity_activity")
public class DirectOpportunityActivity {

  public static final int NOTE_MAX_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "opportunity_id", nullable = false, updatable = false)
  private long opportunityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ActivityKind kind;

  /** UTC. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Nullable
  @Size(max = NOTE_MAX_LENGTH)
  @Column(updatable = false)
  private String note;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  /** UTC. */
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected DirectOpportunityActivity() {}

  public DirectOpportunityActivity(
      long opportunityId,
      ActivityKind kind,
      LocalDateTime occurredAtUtc,
      @Nullable String note,
      String recordedBy,
      LocalDateTime recordedAtUtc) {
    this.opportunityId = opportunityId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.occurredAt = Objects.requireNonNull(occurredAtUtc, "occurredAt");
    this.note = note;
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAtUtc, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getOpportunityId() {
    return opportunityId;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public @Nullable String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
