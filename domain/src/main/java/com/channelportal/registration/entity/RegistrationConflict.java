package com.channelportal.registration.entity;

import com.channelportal.matching.entity.CandidateKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A record that a submitted registration may name the same customer as: another partner's claim, a
 * brand customer or a direct opportunity, with the matcher's score and reasons as they were at
 * submission. Brand staff only: it names the other side.
 */
@Entity
@Table(name = "registration_conflict")
public class RegistrationConflict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false, updatable = false)
  private long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "candidate_kind", nullable = false, updatable = false)
  private CandidateKind candidateKind;

  @Column(name = "candidate_id", nullable = false, updatable = false)
  private long candidateId;

  /** 0 to 1 with three decimals, as shown. */
  @Column(nullable = false, updatable = false, precision = 4, scale = 3)
  private BigDecimal score;

  /** JSON array of the matcher's reasons: {@code code}, {@code weight}, {@code params}. */
  @Column(nullable = false, updatable = false)
  private String reasons;

  /** UTC: the submission's stamp. */
  @Column(name = "found_at", nullable = false, updatable = false)
  private LocalDateTime foundAt;

  protected RegistrationConflict() {}

  public RegistrationConflict(
      long registrationId,
      CandidateKind candidateKind,
      long candidateId,
      BigDecimal score,
      String reasons,
      LocalDateTime foundAtUtc) {
    this.registrationId = registrationId;
    this.candidateKind = Objects.requireNonNull(candidateKind, "candidateKind");
    this.candidateId = candidateId;
    this.score = Objects.requireNonNull(score, "score");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
    this.foundAt = Objects.requireNonNull(foundAtUtc, "foundAt");
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public CandidateKind getCandidateKind() {
    return candidateKind;
  }

  public long getCandidateId() {
    return candidateId;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getReasons() {
    return reasons;
  }

  public LocalDateTime getFoundAt() {
    return foundAt;
  }
}
