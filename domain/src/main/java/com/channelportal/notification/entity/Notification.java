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

/** One person's notification; read once they open it or mark everything read. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id", nullable = false)
  private long dispatchId;

  @Column(name = "recipient_subject", nullable = false, length = 64)
  private String recipientSubject;

  @Column(name = "recipient_username", nullable = false)
  private String recipientUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Audience audience;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = NotificationKind.MAX_LENGTH)
  private NotificationKind kind;

  @Column(name = "subject_type", nullable = false, length = 32)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  /** JSON object of strings, see {@code NotificationParams}. */
  @Column(nullable = false)
  private String params;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** UTC; {@code null} while unread. */
  @Nullable
  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  public Notification(
      long dispatchId,
      Recipient recipient,
      NotificationKind kind,
      String subjectType,
      long subjectId,
      String params,
      LocalDateTime createdAtUtc) {
    this.dispatchId = dispatchId;
    this.recipientSubject = recipient.subject();
    this.recipientUsername = recipient.username();
    this.audience = recipient.audience();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectId = subjectId;
    this.params = Objects.requireNonNull(params, "params");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAtUtc");
  }

  /** Marks it read; reading it again keeps the first time. */
  public void markRead(LocalDateTime nowUtc) {
    if (readAt == null) {
      readAt = nowUtc;
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipientSubject() {
    return recipientSubject;
  }

  public Audience getAudience() {
    return audience;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public String getParams() {
    return params;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public @Nullable LocalDateTime getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
