package com.channelportal.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request to protect an approved registration longer, and the brand's decision on it.
 * The tenant is copied from the registration, so that a partner's access is decided from the row
 * alone. The database allows one open request per registration.
 */
@Entity
@Table(name = "protection_extension")
public class ProtectionExtension {

  public static final int JUSTIFICATION_MIN_LENGTH = 10;
  public static final int JUSTIFICATION_MAX_LENGTH = 1000;
  public static final int REASON_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false, updatable = false)
  private long registrationId;

  @Column(name = "partner_company_id", nullable = false, updatable = false)
  private long partnerCompanyId;

  @Column(name = "organization_alias", nullable = false, updatable = false)
  private String organizationAlias;

  @Min(1)
  @Max(Short.MAX_VALUE)
  @Column(nullable = false, updatable = false)
  private int days;

  @Size(max = JUSTIFICATION_MAX_LENGTH)
  @Column(nullable = false, updatable = false)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExtensionStatus status = ExtensionStatus.OPEN;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  /** UTC. */
  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  /** The end of protection when it was requested. */
  @Column(name = "protected_until", nullable = false, updatable = false)
  private LocalDate protectedUntil;

  @Nullable
  @Column(name = "decided_by")
  private String decidedBy;

  /** UTC. */
  @Nullable
  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Nullable
  @Size(max = REASON_MAX_LENGTH)
  @Column(name = "decision_reason")
  private String decisionReason;

  @Nullable
  @Column(name = "extended_until")
  private LocalDate extendedUntil;

  @Version private long version;

  protected ProtectionExtension() {}

  public ProtectionExtension(
      long registrationId,
      long partnerCompanyId,
      String organizationAlias,
      int days,
      String justification,
      LocalDate protectedUntil,
      String requestedBy,
      LocalDateTime requestedAt) {
    if (days < 1) {
      throw new IllegalArgumentException("an extension adds at least a day: " + days);
    }
    this.registrationId = registrationId;
    this.partnerCompanyId = partnerCompanyId;
    this.organizationAlias = Objects.requireNonNull(organizationAlias, "organizationAlias");
    this.days = days;
    this.justification = Objects.requireNonNull(justification, "justification");
    this.protectedUntil = Objects.requireNonNull(protectedUntil, "protectedUntil");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /**
   * Grants the days on top of the end of protection as it is now (which may differ from the end
   * when requested, if another extension was approved since).
   *
   * @return the new last day of protection
   */
  public LocalDate approve(
      LocalDate currentEnd, String by, LocalDateTime atUtc, @Nullable String reason) {
    decide(ExtensionStatus.APPROVED, by, atUtc, reason);
    this.extendedUntil = currentEnd.plusDays(days);
    return extendedUntil;
  }

  public void deny(String by, LocalDateTime atUtc, String reason) {
    decide(ExtensionStatus.DENIED, by, atUtc, Objects.requireNonNull(reason, "reason"));
  }

  /** Nothing is left to extend: the registration is no longer protected. */
  public void lapse(LocalDateTime atUtc) {
    decide(ExtensionStatus.LAPSED, "system", atUtc, null);
  }

  private void decide(
      ExtensionStatus outcome, String by, LocalDateTime atUtc, @Nullable String reason) {
    if (status != ExtensionStatus.OPEN) {
      throw new IllegalStateException("Extension request " + id + " is already " + status);
    }
    this.status = outcome;
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = Objects.requireNonNull(atUtc, "at");
    this.decisionReason = reason;
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public long getPartnerCompanyId() {
    return partnerCompanyId;
  }

  public String getOrganizationAlias() {
    return organizationAlias;
  }

  public int getDays() {
    return days;
  }

  public String getJustification() {
    return justification;
  }

  public ExtensionStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public LocalDate getProtectedUntil() {
    return protectedUntil;
  }

  public @Nullable String getDecidedBy() {
    return decidedBy;
  }

  public @Nullable LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public @Nullable String getDecisionReason() {
    return decisionReason;
  }

  public @Nullable LocalDate getExtendedUntil() {
    return extendedUntil;
  }

  public long getVersion() {
    return version;
  }
}
