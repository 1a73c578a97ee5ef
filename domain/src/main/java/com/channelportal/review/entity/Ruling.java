package com.channelportal.review.entity;

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
 * One decision on a registration, or its consequence for another claim, as the desk recorded it.
 * Never changed after it is written; the audit trail holds a hash of its rationale.
 */
@Entity
@Table(name = "registration_ruling")
public class Ruling {

  public static final int RATIONALE_MIN_LENGTH = 10;
  public static final int RATIONALE_MAX_LENGTH = 2000;
  public static final int OTHER_REASON_MAX_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false, updatable = false)
  private long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RulingKind kind;

  @Nullable
  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code", updatable = false)
  private ReasonCode reasonCode;

  @Nullable
  @Size(max = OTHER_REASON_MAX_LENGTH)
  @Column(name = "other_reason", updatable = false)
  private String otherReason;

  @Nullable
  @Size(max = RATIONALE_MAX_LENGTH)
  @Column(updatable = false)
  private String rationale;

  /** The ruling on another claim that this one follows from. */
  @Nullable
  @Column(name = "caused_by", updatable = false)
  private Long causedBy;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  /** UTC. */
  @Column(name = "decided_at", nullable = false, updatable = false)
  private LocalDateTime decidedAt;

  protected Ruling() {}

  private Ruling(
      long registrationId,
      RulingKind kind,
      @Nullable ReasonCode reasonCode,
      @Nullable String otherReason,
      @Nullable String rationale,
      @Nullable Long causedBy,
      String decidedBy,
      LocalDateTime decidedAtUtc) {
    this.registrationId = registrationId;
    this.kind = Objects.requireNonNull(kind, "kind");
    if ((kind == RulingKind.REJECTED) != (reasonCode != null)) {
      throw new IllegalArgumentException("a rejection, and only a rejection, has a reason code");
    }
    if ((reasonCode == ReasonCode.OTHER) != (otherReason != null)) {
      throw new IllegalArgumentException("the reason OTHER, and only OTHER, is given in words");
    }
    if (rationale == null && causedBy == null) {
      throw new IllegalArgumentException("a ruling of its own needs a rationale");
    }
    this.reasonCode = reasonCode;
    this.otherReason = otherReason;
    this.rationale = rationale;
    this.causedBy = causedBy;
    this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
    this.decidedAt = Objects.requireNonNull(decidedAtUtc, "decidedAt");
  }

  /** A decision of its own on {@code registrationId}. */
  public static Ruling decided(
      long registrationId,
      RulingKind kind,
      @Nullable ReasonCode reasonCode,
      @Nullable String otherReason,
      String rationale,
      String by,
      LocalDateTime atUtc) {
    return new Ruling(
        registrationId,
        kind,
        reasonCode,
        otherReason,
        Objects.requireNonNull(rationale, "rationale"),
        null,
        by,
        atUtc);
  }

  /**
   * What {@code cause} did to another claim. A shared claim gets the cause's rationale, which the
   * manager wrote knowing that both partners read it; a held one gets none.
   */
  public static Ruling consequence(
      long registrationId, RulingKind kind, Ruling cause, @Nullable String rationale) {
    return new Ruling(
        registrationId,
        kind,
        null,
        null,
        rationale,
        Objects.requireNonNull(cause.getId(), "the cause is stored first"),
        cause.decidedBy,
        cause.decidedAt);
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public RulingKind getKind() {
    return kind;
  }

  public @Nullable ReasonCode getReasonCode() {
    return reasonCode;
  }

  public @Nullable String getOtherReason() {
    return otherReason;
  }

  public @Nullable String getRationale() {
    return rationale;
  }

  public @Nullable Long getCausedBy() {
    return causedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }
}
