package com.channelportal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A notification e-mail on its way: due at {@code nextAttemptAt} until it is sent or given up (then
 * {@code nextAttemptAt} is empty, and {@code sentAt} tells which of the two).
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

  private static final int ERROR_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id", nullable = false, updatable = false)
  private long dispatchId;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "text_body", nullable = false, updatable = false)
  private String text;

  @Nullable
  @Column(name = "html_body", updatable = false)
  private String html;

  /** UTC. */
  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  /** UTC; empty once sent or given up. */
  @Nullable
  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(nullable = false)
  private int attempts;

  /** UTC. */
  @Nullable
  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Nullable
  @Column(name = "last_error", length = ERROR_MAX_LENGTH)
  private String lastError;

  protected OutgoingMail() {}

  public OutgoingMail(
      long dispatchId,
      String recipient,
      String subject,
      String text,
      @Nullable String html,
      LocalDateTime nowUtc) {
    this.dispatchId = dispatchId;
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.text = Objects.requireNonNull(text, "text");
    this.html = html;
    this.createdAt = Objects.requireNonNull(nowUtc, "nowUtc");
    this.nextAttemptAt = nowUtc;
  }

  public boolean isDue(LocalDateTime nowUtc) {
    return sentAt == null && nextAttemptAt != null && !nextAttemptAt.isAfter(nowUtc);
  }

  public void sent(LocalDateTime nowUtc) {
    attempts++;
    sentAt = nowUtc;
    nextAttemptAt = null;
    lastError = null;
  }

  /**
   * @param pause before the next attempt; empty gives the mail up
   */
  public void failed(String error, LocalDateTime nowUtc, Optional<Duration> pause) {
    attempts++;
    lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
    nextAttemptAt = pause.map(nowUtc::plus).orElse(null);
  }

  public Long getId() {
    return id;
  }

  public long getDispatchId() {
    return dispatchId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public @Nullable String getHtml() {
    return html;
  }

  public @Nullable LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public @Nullable LocalDateTime getSentAt() {
    return sentAt;
  }

  public @Nullable String getLastError() {
    return lastError;
  }
}
