package com.channelportal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One link of the audit chain. Nothing here is ever updated ({@code updatable = false} on every
 * column, and no method changes a field); the id only indexes the entries, their order is the
 * chain's: entries are inserted while the chain head is locked, so ids grow along the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int ACTOR_MAX_LENGTH = 255;
  public static final int CODE_MAX_LENGTH = 64;
  public static final int DETAILS_MAX_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** UTC. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, updatable = false, length = ACTOR_MAX_LENGTH)
  private String actor;

  @Nullable
  @Column(name = "actor_organization", updatable = false, length = CODE_MAX_LENGTH)
  private String actorOrganization;

  @Column(nullable = false, updatable = false, length = CODE_MAX_LENGTH)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false, length = CODE_MAX_LENGTH)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false, length = CODE_MAX_LENGTH)
  private String subjectId;

  @Column(nullable = false, updatable = false)
  private String details;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(AuditEvent event, String prevHash, String hash) {
    this.occurredAt = event.occurredAt();
    this.actor = event.actor();
    this.actorOrganization = event.actorOrganization();
    this.action = event.action();
    this.subjectType = event.subjectType();
    this.subjectId = event.subjectId();
    this.details = event.details();
    this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
    this.hash = Objects.requireNonNull(hash, "hash");
  }

  public AuditEvent event() {
    return new AuditEvent(
        occurredAt, actor, actorOrganization, action, subjectType, subjectId, details);
  }

  public @Nullable Long getId() {
    return id;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public @Nullable String getActorOrganization() {
    return actorOrganization;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetails() {
    return details;
  }
}
