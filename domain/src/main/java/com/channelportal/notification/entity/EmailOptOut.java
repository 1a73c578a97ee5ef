package com.channelportal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A person wants no e-mail of one kind; the notification in the portal stays. */
@Entity
@Table(name = "notification_email_opt_out")
@IdClass(EmailOptOut.Key.class)
public class EmailOptOut {

  @Id
  @Column(name = "subject", length = 64)
  private String subject;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = NotificationKind.MAX_LENGTH)
  private NotificationKind kind;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected EmailOptOut() {}

  public EmailOptOut(String subject, NotificationKind kind, LocalDateTime createdAtUtc) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAtUtc");
  }

  public String getSubject() {
    return subject;
  }

  public NotificationKind getKind() {
    return kind;
  }

  /** The composite primary key, as JPA wants it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String subject;
    private NotificationKind kind;

    public Key() {}

    public Key(String subject, NotificationKind kind) {
      this.subject = subject;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && subject.equals(key.subject) && kind == key.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, kind);
    }
  }
}
