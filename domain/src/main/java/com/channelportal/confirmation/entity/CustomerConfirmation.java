package com.channelportal.confirmation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request that the customer's contact confirm their work together, and the answer:
 * evidence from the customer itself, which neither partner can produce for the other. Answered at
 * most once; the link stops working when answered or expired.
 */
@Entity
@Table(name = "customer_confirmation")
public class CustomerConfirmation {

  public static final int NAME_MAX_LENGTH = 100;
  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int COMMENT_MAX_LENGTH = 1000;
  public static final int ADDRESS_MAX_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false, updatable = false)
  private long registrationId;

  @Column(name = "partner_company_id", nullable = false, updatable = false)
  private long partnerCompanyId;

  @Column(name = "organization_alias", nullable = false, updatable = false)
  private String organizationAlias;

  @Nullable
  @Column(name = "contact_name", updatable = false)
  private String contactName;

  @Column(name = "contact_email", nullable = false, updatable = false)
  private String contactEmail;

  /** zh-CN or en. */
  @Column(nullable = false, updatable = false)
  private String language;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  /** UTC. */
  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  /** UTC. */
  @Column(name = "expires_at", nullable = false, updatable = false)
  private LocalDateTime expiresAt;

  @Nullable
  @Enumerated(EnumType.STRING)
  private ConfirmationAnswer answer;

  @Nullable
  @Column(name = "answer_comment")
  private String comment;

  /** UTC. */
  @Nullable
  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @Nullable
  @Column(name = "client_address")
  private String clientAddress;

  @Version private long version;

  protected CustomerConfirmation() {}

  public CustomerConfirmation(
      long registrationId,
      long partnerCompanyId,
      String organizationAlias,
      @Nullable String contactName,
      String contactEmail,
      String language,
      String tokenHash,
      String requestedBy,
      LocalDateTime requestedAtUtc,
      LocalDateTime expiresAtUtc) {
    this.registrationId = registrationId;
    this.partnerCompanyId = partnerCompanyId;
    this.organizationAlias = Objects.requireNonNull(organizationAlias, "organizationAlias");
    this.contactName = contactName;
    this.contactEmail = Objects.requireNonNull(contactEmail, "contactEmail");
    this.language = Objects.requireNonNull(language, "language");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = Objects.requireNonNull(requestedAtUtc, "requestedAt");
    this.expiresAt = Objects.requireNonNull(expiresAtUtc, "expiresAt");
  }

  public ConfirmationState state(LocalDateTime nowUtc) {
    if (answer != null) {
      return answer == ConfirmationAnswer.CONFIRMED
          ? ConfirmationState.CONFIRMED
          : ConfirmationState.DENIED;
    }
    return nowUtc.isBefore(expiresAt) ? ConfirmationState.OPEN : ConfirmationState.EXPIRED;
  }

  /**
   * Records the answer once.
   *
   * @throws IllegalStateException if it is no longer open: answered, or expired
   */
  public void answer(
      ConfirmationAnswer answer,
      @Nullable String comment,
      LocalDateTime nowUtc,
      @Nullable String clientAddress) {
    if (state(nowUtc) != ConfirmationState.OPEN) {
      throw new IllegalStateException("Confirmation " + id + " is " + state(nowUtc));
    }
    this.answer = Objects.requireNonNull(answer, "answer");
    this.comment = comment;
    this.answeredAt = nowUtc;
    this.clientAddress = clientAddress;
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

  public @Nullable String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getLanguage() {
    return language;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public @Nullable ConfirmationAnswer getAnswer() {
    return answer;
  }

  public @Nullable String getComment() {
    return comment;
  }

  public @Nullable LocalDateTime getAnsweredAt() {
    return answeredAt;
  }

  public @Nullable String getClientAddress() {
    return clientAddress;
  }

  public long getVersion() {
    return version;
  }
}
