package com.channelportal.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step in a registration's history, as the partner and the channel manager both see it. The
 * audit trail records the same steps tamper-evidently; this is the readable copy next to the data.
 */
@Entity
@Table(name = "registration_status_change")
public class StatusChange {

  public static final int NOTE_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id", nullable = false, updatable = false)
  private Registration registration;

  /**
   * 0-based place in the registration's history. Submission and its outcome share one instant, so
   * the time alone does not order them.
   */
  @Column(nullable = false, updatable = false)
  private int position;

  /** Null for the creation of the draft. */
  @Nullable
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private RegistrationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private RegistrationStatus to;

  /** UTC. */
  @Column(name = "changed_at", nullable = false, updatable = false)
  private LocalDateTime at;

  /** A username, or {@code system} for the automatic outcome of a submission. */
  @Column(name = "changed_by", nullable = false, updatable = false)
  private String by;

  @Nullable
  @Size(max = NOTE_MAX_LENGTH)
  @Column(updatable = false)
  private String note;

  protected StatusChange() {}

  StatusChange(
      Registration registration,
      int position,
      @Nullable RegistrationStatus from,
      RegistrationStatus to,
      LocalDateTime atUtc,
      String by,
      @Nullable String note) {
    this.registration = Objects.requireNonNull(registration, "registration");
    this.position = position;
    this.from = from;
    this.to = Objects.requireNonNull(to, "to");
    this.at = Objects.requireNonNull(atUtc, "at");
    this.by = Objects.requireNonNull(by, "by");
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public @Nullable RegistrationStatus getFrom() {
    return from;
  }

  public RegistrationStatus getTo() {
    return to;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public @Nullable String getNote() {
    return note;
  }
}
