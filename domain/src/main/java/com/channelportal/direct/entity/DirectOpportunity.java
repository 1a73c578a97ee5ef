package com.channelportal.direct.entity;

import com.channelportal.customer.entity.CustomerDetails;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A deal the brand's own sales team works on, with the customer as described. It protects its
 * customer like a partner's claim, but only while it is open and activity is recorded on it: one
 * left without activity for longer than the brand allows lapses (see {@code DirectProtection}). The
 * brand is held to the partners' rules, so a conflict with a partner's claim found when it is
 * opened is kept as a flag for a channel manager or brand admin to settle, not resolved in the
 * brand's favour.
 */
@Entity
@Table(name = "direct_opportunity")
public class DirectOpportunity {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int NOTES_MAX_LENGTH = 4000;
  public static final int EXTERNAL_SOURCE_MAX_LENGTH = 64;
  public static final int EXTERNAL_REF_MAX_LENGTH = 100;
  public static final int OWNER_MAX_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Nullable
  @Size(max = TITLE_MAX_LENGTH)
  private String title;

  @Nullable
  @Column(name = "customer_id")
  private Long customerId;

  @Embedded
  @AttributeOverride(name = "name", column = @Column(name = "customer_name"))
  @AttributeOverride(name = "uscc", column = @Column(name = "customer_uscc"))
  @AttributeOverride(name = "industry", column = @Column(name = "customer_industry"))
  @AttributeOverride(name = "subIndustry", column = @Column(name = "customer_sub_industry"))
  @AttributeOverride(name = "phone", column = @Column(name = "customer_phone"))
  @AttributeOverride(name = "fax", column = @Column(name = "customer_fax"))
  @AttributeOverride(name = "email", column = @Column(name = "customer_email"))
  @AttributeOverride(name = "website", column = @Column(name = "customer_website"))
  @AttributeOverride(name = "province", column = @Column(name = "customer_province"))
  @AttributeOverride(name = "city", column = @Column(name = "customer_city"))
  @AttributeOverride(name = "address", column = @Column(name = "customer_address"))
  private CustomerDetails customer;

  @Nullable
  @Column(name = "estimated_amount", precision = 15, scale = 2)
  private BigDecimal estimatedAmount;

  /** ISO 4217. */
  @Column(nullable = false, length = 3)
  private String currency = DirectOpportunityForm.DEFAULT_CURRENCY;

  @Nullable
  @Column(name = "expected_close_date")
  private LocalDate expectedCloseDate;

  @Nullable
  @Enumerated(EnumType.STRING)
  private DirectOpportunityStage stage;

  @Nullable
  @Size(max = NOTES_MAX_LENGTH)
  private String notes;

  @Nullable
  @Column(name = "external_source", updatable = false)
  private String externalSource;

  @Nullable
  @Column(name = "external_ref", updatable = false)
  private String externalRef;

  /** UTC: the latest moment any recorded activity occurred. */
  @Nullable
  @Column(name = "last_activity_at")
  private LocalDateTime lastActivityAt;

  /** A partner's claim on the customer was found by the last conflict check. */
  @Column(name = "in_conflict", nullable = false)
  private boolean inConflict;

  /** Username of the brand sales person. */
  @Column(nullable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DirectOpportunityStatus status = DirectOpportunityStatus.OPEN;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  /** UTC. */
  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  /** UTC. */
  @Nullable
  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  protected DirectOpportunity() {}

  public DirectOpportunity(
      @Nullable String title,
      @Nullable Long customerId,
      CustomerDetails customer,
      String owner,
      String createdBy,
      LocalDateTime createdAtUtc) {
    this.title = title;
    this.customerId = customerId;
    this.customer = Objects.requireNonNull(customer, "customer");
    if (customer.getName() == null) {
      throw new IllegalArgumentException("an opportunity's customer needs a name");
    }
    this.owner = Objects.requireNonNull(owner, "owner");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAt");
  }

  /** Entered with the import key of the system it comes from; both or neither. */
  public void importedFrom(String source, String reference) {
    this.externalSource = Objects.requireNonNull(source, "source");
    this.externalRef = Objects.requireNonNull(reference, "reference");
  }

  /** The commercial side, as checked by {@code DirectOpportunityRules}. */
  public void describe(
      @Nullable BigDecimal estimatedAmount,
      String currency,
      @Nullable LocalDate expectedCloseDate,
      @Nullable DirectOpportunityStage stage,
      @Nullable String notes) {
    this.estimatedAmount = estimatedAmount;
    this.currency = Objects.requireNonNull(currency, "currency");
    this.expectedCloseDate = expectedCloseDate;
    this.stage = stage;
    this.notes = notes;
  }

  /** Edited by its owner or a brand admin while open. */
  public void edit(
      @Nullable String title,
      @Nullable Long customerId,
      CustomerDetails customer,
      String owner,
      LocalDateTime nowUtc) {
    requireOpen("edited");
    if (customer.getName() == null) {
      throw new IllegalArgumentException("an opportunity's customer needs a name");
    }
    this.title = title;
    this.customerId = customerId;
    this.customer = customer;
    this.owner = Objects.requireNonNull(owner, "owner");
    this.updatedAt = nowUtc;
  }

  /** Activity keeps the protection alive from the day it occurred, never from an earlier one. */
  public void activityOccurred(LocalDateTime occurredAtUtc, LocalDateTime nowUtc) {
    requireOpen("given activity");
    if (lastActivityAt == null || occurredAtUtc.isAfter(lastActivityAt)) {
      lastActivityAt = occurredAtUtc;
    }
    this.updatedAt = nowUtc;
  }

  /** The result of the conflict check for the current customer. */
  public void flagConflict(boolean withPartnerClaim) {
    this.inConflict = withPartnerClaim;
  }

  /** No activity within the brand's limit: it stops protecting its customer, for good. */
  public void lapse(LocalDateTime nowUtc) {
    requireOpen("lapse");
    this.status = DirectOpportunityStatus.LAPSED;
    this.updatedAt = nowUtc;
  }

  /** UTC: the activity or creation that protection counts from. */
  public LocalDateTime lastSignOfLife() {
    return lastActivityAt != null && lastActivityAt.isAfter(createdAt) ? lastActivityAt : createdAt;
  }

  private void requireOpen(String what) {
    if (status != DirectOpportunityStatus.OPEN) {
      throw new IllegalStateException("A " + status + " opportunity cannot be " + what);
    }
  }

  /** Won or lost: it no longer counts in conflict detection. */
  public void close(DirectOpportunityStatus outcome, LocalDateTime nowUtc) {
    if (status != DirectOpportunityStatus.OPEN
        || (outcome != DirectOpportunityStatus.WON && outcome != DirectOpportunityStatus.LOST)) {
      throw new IllegalStateException("An opportunity cannot go from " + status + " to " + outcome);
    }
    this.status = outcome;
    this.updatedAt = nowUtc;
  }

  public boolean isOpen() {
    return status == DirectOpportunityStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public @Nullable String getTitle() {
    return title;
  }

  public @Nullable BigDecimal getEstimatedAmount() {
    return estimatedAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public @Nullable LocalDate getExpectedCloseDate() {
    return expectedCloseDate;
  }

  public @Nullable DirectOpportunityStage getStage() {
    return stage;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public @Nullable String getExternalSource() {
    return externalSource;
  }

  public @Nullable String getExternalRef() {
    return externalRef;
  }

  public @Nullable LocalDateTime getLastActivityAt() {
    return lastActivityAt;
  }

  public boolean isInConflict() {
    return inConflict;
  }

  public @Nullable Long getCustomerId() {
    return customerId;
  }

  public CustomerDetails getCustomer() {
    return customer;
  }

  public String getOwner() {
    return owner;
  }

  public DirectOpportunityStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public @Nullable LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
