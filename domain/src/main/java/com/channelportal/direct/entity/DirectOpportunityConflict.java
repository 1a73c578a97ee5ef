package com.channelportal.direct.entity;

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
 * A record that a direct opportunity may name the same customer as: a partner's claim, a brand
 * customer or another open direct opportunity, with the matcher's score and reasons as they were
 * when the opportunity's customer was last checked. Brand staff only.
 */
@Entity
@Table(name = "direct_opportunity_conflict")
public class DirectOpportunityConflict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "opportunity_id", nullable = false, updatable = false)
  private long opportunityId;

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

  /** UTC: when the check ran. */
  @Column(name = "found_at", nullable = false, updatable = false)
  private LocalDateTime foundAt;

  protected DirectOpportunityConflict() {}

  public DirectOpportunityConflict(
      long opportunityId,
      CandidateKind candidateKind,
      long candidateId,
      BigDecimal score,
      String reasons,
      LocalDateTime foundAtUtc) {
    this.opportunityId = opportunityId;
    this.candidateKind = Objects.requireNonNull(candidateKind, "candidateKind");
    this.candidateId = candidateId;
    this.score = Objects.requireNonNull(score, "score");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
    this.foundAt = Objects.requireNonNull(foundAtUtc, "foundAt");
  }

  public Long getId() {
    return id;
  }

  public long getOpportunityId() {
    return opportunityId;
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
