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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A deal the brand's own sales team works on, with the customer as described when it was opened.
 */
@Entity
@Table(name = "direct_opportunity")
public class DirectOpportunity {

  public static final int TITLE_MAX_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Nullable
  @Size(max = TITLE_MAX_LENGTH)
  private String title;

  @Nullable
  @Column(name = "customer_id", updatable = false)
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

  /** Won or lost: it no longer counts in conflict detection. */
  public void close(DirectOpportunityStatus outcome, LocalDateTime nowUtc) {
    if (status != DirectOpportunityStatus.OPEN || outcome == DirectOpportunityStatus.OPEN) {
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
