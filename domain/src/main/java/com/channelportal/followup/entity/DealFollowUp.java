package com.channelportal.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How lively a deal is: when its last shared activity happened, and whether its channel manager has
 * been told that it went quiet. A row of its own, not columns of the registration, so that logging
 * an activity does not make the registration's ETag stale.
 */
@Entity
@Table(name = "deal_follow_up")
public class DealFollowUp {

  @Id
  @Column(name = "registration_id")
  private long registrationId;

  /** UTC. */
  @Column(name = "last_activity_at", nullable = false)
  private LocalDateTime lastActivityAt;

  /** UTC. */
  @Column(name = "inactive_notified_at")
  private @Nullable LocalDateTime inactiveNotifiedAt;

  protected DealFollowUp() {}

  public DealFollowUp(long registrationId, LocalDateTime lastActivityAtUtc) {
    this.registrationId = registrationId;
    this.lastActivityAt = Objects.requireNonNull(lastActivityAtUtc, "lastActivityAt");
  }

  /** An activity happened: a new stretch of activity starts if it is the latest. */
  public void activityOccurred(LocalDateTime occurredAtUtc) {
    if (occurredAtUtc.isAfter(lastActivityAt)) {
      lastActivityAt = occurredAtUtc;
      inactiveNotifiedAt = null;
    }
  }

  public void inactivityNotified(LocalDateTime nowUtc) {
    inactiveNotifiedAt = Objects.requireNonNull(nowUtc, "now");
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public LocalDateTime getLastActivityAt() {
    return lastActivityAt;
  }

  public @Nullable LocalDateTime getInactiveNotifiedAt() {
    return inactiveNotifiedAt;
  }
}
