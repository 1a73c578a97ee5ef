package com.channelportal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event waiting to become notifications: written in the transaction of the change, turned into
 * one notification per recipient after commit (see {@code Dispatches}).
 */
@Entity
@Table(name = "notification_dispatch")
public class Dispatch {

  private static final int ERROR_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = NotificationKind.MAX_LENGTH)
  private NotificationKind kind;

  @Column(name = "registration_id", nullable = false)
  private long registrationId;

  @Column(name = "partner_company_id", nullable = false)
  private long partnerCompanyId;

  @Column(nullable = false)
  private String actor;

  /** JSON, see {@code DispatchFacts}. */
  @Column(nullable = false)
  private String facts;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** UTC; {@code null} while it waits. */
  @Nullable
  @Column(name = "dispatched_at")
  private LocalDateTime dispatchedAt;

  @Column(nullable = false)
  private int attempts;

  @Nullable
  @Column(name = "last_error", length = ERROR_MAX_LENGTH)
  private String lastError;

  protected Dispatch() {}

  public Dispatch(
      NotificationKind kind,
      long registrationId,
      long partnerCompanyId,
      String actor,
      String facts,
      LocalDateTime createdAtUtc) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.registrationId = registrationId;
    this.partnerCompanyId = partnerCompanyId;
    this.actor = Objects.requireNonNull(actor, "actor");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAtUtc");
  }

  public void dispatched(LocalDateTime nowUtc) {
    this.dispatchedAt = nowUtc;
    this.attempts++;
    this.lastError = null;
  }

  public void failed(String error) {
    this.attempts++;
    this.lastError =
        error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
  }

  public Long getId() {
    return id;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public long getPartnerCompanyId() {
    return partnerCompanyId;
  }

  public String getActor() {
    return actor;
  }

  public String getFacts() {
    return facts;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public @Nullable LocalDateTime getDispatchedAt() {
    return dispatchedAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
