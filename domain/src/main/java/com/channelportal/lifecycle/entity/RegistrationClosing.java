package com.channelportal.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the partner said when it closed a deal: the registration's history keeps the step (WON or
 * LOST), this keeps the amount ordered or the reason it was lost. Written once.
 */
@Entity
@Table(name = "registration_closing")
public class RegistrationClosing {

  public static final int REASON_MAX_LENGTH = 500;

  @Id
  @Column(name = "registration_id", updatable = false)
  private Long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DealOutcome outcome;

  @Nullable
  @Column(name = "actual_amount", updatable = false)
  private BigDecimal actualAmount;

  @Nullable
  @Column(updatable = false)
  private String currency;

  @Nullable
  @Size(max = REASON_MAX_LENGTH)
  @Column(updatable = false)
  private String reason;

  @Column(name = "closed_by", nullable = false, updatable = false)
  private String closedBy;

  /** UTC. */
  @Column(name = "closed_at", nullable = false, updatable = false)
  private LocalDateTime closedAt;

  protected RegistrationClosing() {}

  public RegistrationClosing(
      long registrationId,
      DealOutcome outcome,
      @Nullable BigDecimal actualAmount,
      String currency,
      @Nullable String reason,
      String closedBy,
      LocalDateTime closedAt) {
    this.registrationId = registrationId;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.actualAmount = actualAmount;
    this.currency = actualAmount == null ? null : Objects.requireNonNull(currency, "currency");
    this.reason = reason;
    this.closedBy = Objects.requireNonNull(closedBy, "closedBy");
    this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
  }

  public Long getRegistrationId() {
    return registrationId;
  }

  public DealOutcome getOutcome() {
    return outcome;
  }

  public @Nullable BigDecimal getActualAmount() {
    return actualAmount;
  }

  public @Nullable String getCurrency() {
    return currency;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }
}
