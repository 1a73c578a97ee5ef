package com.channelportal.customer.entity;

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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An end customer in the customer master. A brand record may carry the brand's master-data number;
 * a partner's record belongs to the partner company that entered it (see the package comment).
 */
@Entity
@Table(name = "customer")
public class Customer {

  public static final int MASTER_DATA_NUMBER_MAX_LENGTH = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Nullable
  @Size(max = MASTER_DATA_NUMBER_MAX_LENGTH)
  @Column(name = "master_data_number")
  private String masterDataNumber;

  @Embedded private CustomerDetails details;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CustomerOrigin origin;

  /** The partner company whose record this is; null for the brand's master data. */
  @Nullable
  @Column(name = "owner_company_id", updatable = false)
  private Long ownerCompanyId;

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

  protected Customer() {}

  private Customer(
      CustomerDetails details,
      CustomerOrigin origin,
      @Nullable Long ownerCompanyId,
      @Nullable String masterDataNumber,
      String createdBy,
      LocalDateTime createdAtUtc) {
    this.details = requireNamed(details);
    this.origin = origin;
    this.ownerCompanyId = ownerCompanyId;
    this.masterDataNumber = masterDataNumber;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAt");
  }

  /** A record of the brand's master data, entered by brand staff. */
  public static Customer ofBrand(
      CustomerDetails details,
      @Nullable String masterDataNumber,
      String createdBy,
      LocalDateTime createdAtUtc) {
    return new Customer(
        details, CustomerOrigin.BRAND, null, masterDataNumber, createdBy, createdAtUtc);
  }

  /** A partner's record of a company it registered a deal for. */
  public static Customer ofPartner(
      CustomerDetails details, long ownerCompanyId, String createdBy, LocalDateTime createdAtUtc) {
    return new Customer(
        details, CustomerOrigin.PARTNER, ownerCompanyId, null, createdBy, createdAtUtc);
  }

  /** Whether the partner company {@code companyId} may see and reuse this record. */
  public boolean isOwnedBy(long companyId) {
    return ownerCompanyId != null && ownerCompanyId == companyId;
  }

  private static CustomerDetails requireNamed(CustomerDetails details) {
    Objects.requireNonNull(details, "details");
    if (details.getName() == null) {
      throw new IllegalArgumentException("a customer record needs a name");
    }
    return details;
  }

  public Long getId() {
    return id;
  }

  public @Nullable String getMasterDataNumber() {
    return masterDataNumber;
  }

  public CustomerDetails getDetails() {
    return details;
  }

  public String getName() {
    return Objects.requireNonNull(details.getName());
  }

  public CustomerOrigin getOrigin() {
    return origin;
  }

  public @Nullable Long getOwnerCompanyId() {
    return ownerCompanyId;
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
