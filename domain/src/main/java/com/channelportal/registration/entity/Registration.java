package com.channelportal.registration.entity;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partner's claim on a deal with an end customer (客户报备). The draft is the partner's to edit;
 * submission stamps it with the server's time and a number and decides it. From then on the
 * customer described here is frozen: it is the evidence of what was claimed when, whatever happens
 * to the customer master later.
 *
 * <p>The tenant is kept twice: the partner company's id for joins, and its organization alias, the
 * tenant key of every token, so that a partner's access can be decided from the row alone.
 */
@Entity
@Table(name = "deal_registration")
public class Registration {

  public static final int CONTACT_NAME_MAX_LENGTH = 100;
  public static final int CONTACT_PHONE_MAX_LENGTH = 32;
  public static final int CONTACT_EMAIL_MAX_LENGTH = 254;
  public static final int NOTES_MAX_LENGTH = 4000;
  public static final int MAX_LINES = 100;

  /** Amounts have at most 13 digits before the decimal point, as DECIMAL(15,2) holds. */
  public static final int AMOUNT_INTEGER_DIGITS = 13;

  public static final int AMOUNT_SCALE = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** DR-2026-000123; given on submission. */
  @Nullable
  @Column(name = "number")
  private String number;

  @Column(name = "partner_company_id", nullable = false, updatable = false)
  private long partnerCompanyId;

  @Column(name = "organization_alias", nullable = false, updatable = false)
  private String organizationAlias;

  /** The partner's customer record; picked in the draft, or created on submission. */
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
  @Size(max = CONTACT_NAME_MAX_LENGTH)
  @Column(name = "contact_name")
  private String contactName;

  @Nullable
  @Size(max = CONTACT_PHONE_MAX_LENGTH)
  @Column(name = "contact_phone")
  private String contactPhone;

  @Nullable
  @Size(max = CONTACT_EMAIL_MAX_LENGTH)
  @Column(name = "contact_email")
  private String contactEmail;

  @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<RegistrationLine> lines = new ArrayList<>();

  @Nullable
  @Column(name = "estimated_amount")
  private BigDecimal estimatedAmount;

  /** ISO 4217. */
  @Size(min = 3, max = 3)
  @Column(nullable = false)
  private String currency = RegistrationForm.DEFAULT_CURRENCY;

  @Nullable
  @Column(name = "expected_close_date")
  private LocalDate expectedCloseDate;

  @Nullable
  @Column(name = "bid_date")
  private LocalDate bidDate;

  @Nullable
  @Column(name = "customer_budget")
  private BigDecimal customerBudget;

  @Nullable
  @Min(0)
  @Max(100)
  @Column(name = "win_probability")
  private Integer winProbability;

  @Nullable
  @Enumerated(EnumType.STRING)
  private DealStage stage;

  @Nullable
  @Size(max = NOTES_MAX_LENGTH)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status = RegistrationStatus.DRAFT;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  /** UTC. */
  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  /** UTC. */
  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  /** UTC, to the microsecond; the order in which claims on one customer were made. */
  @Nullable
  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Nullable
  @Column(name = "submitted_by")
  private String submittedBy;

  /** UTC; when it was approved, rejected, withdrawn, expired, won or lost. */
  @Nullable
  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  /** The last day of protection, inclusive; set on approval. */
  @Nullable
  @Column(name = "protected_until")
  private LocalDate protectedUntil;

  /** Approved as shared with another partner's claim on the same customer by a ruling. */
  @Column(nullable = false)
  private boolean shared;

  /** UTC; since when it waits for the brand's decision (under review or appealed). */
  @Nullable
  @Column(name = "waiting_since")
  private LocalDateTime waitingSince;

  /** UTC; when its rejection was appealed. A rejection is appealed once. */
  @Nullable
  @Column(name = "appealed_at")
  private LocalDateTime appealedAt;

  @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<StatusChange> history = new ArrayList<>();

  @Version private long version;

  protected Registration() {}

  /**
   * A new draft of the partner company's.
   *
   * @param form checked as a draft; its customer is the description to keep
   */
  public Registration(
      long partnerCompanyId,
      String organizationAlias,
      RegistrationForm form,
      String createdBy,
      LocalDateTime nowUtc) {
    this.partnerCompanyId = partnerCompanyId;
    this.organizationAlias = Objects.requireNonNull(organizationAlias, "organizationAlias");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(nowUtc, "createdAt");
    apply(form);
    this.updatedAt = nowUtc;
    history.add(new StatusChange(this, 0, null, RegistrationStatus.DRAFT, nowUtc, createdBy, null));
  }

  /** Replaces the draft's content. */
  public void edit(RegistrationForm form, LocalDateTime nowUtc) {
    if (status != RegistrationStatus.DRAFT) {
      throw new IllegalStateException("Only a draft can be edited, this is " + status);
    }
    apply(form);
    this.updatedAt = nowUtc;
  }

  /**
   * Stamps the submission: from here on the content is frozen.
   *
   * @param customerId the partner's record of the customer, found or created for it
   */
  public void submit(String number, long customerId, LocalDateTime stampUtc, String by) {
    move(RegistrationStatus.SUBMITTED, stampUtc, by, null);
    this.number = Objects.requireNonNull(number, "number");
    this.customerId = customerId;
    this.submittedAt = stampUtc;
    this.submittedBy = by;
  }

  /** Grants the claim until {@code protectedUntil}, automatically or by a channel manager. */
  public void approve(
      LocalDate protectedUntil, LocalDateTime nowUtc, String by, @Nullable String note) {
    move(RegistrationStatus.APPROVED, nowUtc, by, note);
    this.protectedUntil = Objects.requireNonNull(protectedUntil, "protectedUntil");
    this.decidedAt = nowUtc;
  }

  /** Leaves the decision to a channel manager; {@code note} names why, e.g. conflicts found. */
  public void sendToReview(LocalDateTime nowUtc, String by, @Nullable String note) {
    move(RegistrationStatus.UNDER_REVIEW, nowUtc, by, note);
  }

  public void reject(LocalDateTime nowUtc, String by, String reason) {
    move(RegistrationStatus.REJECTED, nowUtc, by, Objects.requireNonNull(reason, "reason"));
    this.decidedAt = nowUtc;
  }

  /** The partner gives the claim up, or never makes it (a draft). */
  public void withdraw(LocalDateTime nowUtc, String by, @Nullable String reason) {
    move(RegistrationStatus.WITHDRAWN, nowUtc, by, reason);
    this.decidedAt = nowUtc;
  }

  /** Approved by a ruling that shares the customer with another partner's claim. */
  public void approveShared(LocalDate protectedUntil, LocalDateTime nowUtc, String by) {
    approve(protectedUntil, nowUtc, by, null);
    this.shared = true;
  }

  /**
   * An approved claim whose customer a ruling shares with another partner's: its protection stays
   * as it is. A version change without a status change, so a stale ruling on it still fails.
   */
  public void markShared(LocalDateTime nowUtc) {
    if (status != RegistrationStatus.APPROVED) {
      throw new IllegalStateException("Only an approved claim is shared, this is " + status);
    }
    this.shared = true;
    this.updatedAt = nowUtc;
  }

  /** Another partner's claim on the customer was approved; this one waits behind it. */
  public void putOnHold(LocalDateTime nowUtc, String by) {
    move(RegistrationStatus.ON_HOLD, nowUtc, by, null);
  }

  /** Back to the partner, who edits ({@link #revise}) and resubmits ({@link #resubmit}). */
  public void requestInformation(LocalDateTime nowUtc, String by) {
    move(RegistrationStatus.INFORMATION_REQUESTED, nowUtc, by, null);
  }

  /** Replaces the content of a registration returned for more information. */
  public void revise(RegistrationForm form, LocalDateTime nowUtc) {
    if (status != RegistrationStatus.INFORMATION_REQUESTED) {
      throw new IllegalStateException("Only a returned registration is revised, this is " + status);
    }
    var record = customerId;
    apply(form);
    if (customerId == null) {
      // a submitted claim keeps its customer record (the schema insists) unless another is picked
      this.customerId = record;
    }
    this.updatedAt = nowUtc;
  }

  /**
   * Stamps a returned registration again: it keeps its number, but its place in the line of claims
   * is the new stamp, since what it claims may have changed. The first stamp stays in the history.
   */
  public void resubmit(long customerId, LocalDateTime stampUtc, String by) {
    move(RegistrationStatus.SUBMITTED, stampUtc, by, null);
    this.customerId = customerId;
    this.submittedAt = stampUtc;
    this.submittedBy = by;
  }

  /** The partner contests the rejection, once. */
  public void appeal(LocalDateTime nowUtc, String by) {
    if (appealedAt != null) {
      throw new IllegalStateException("Registration " + id + " was appealed already");
    }
    move(RegistrationStatus.APPEALED, nowUtc, by, null);
    this.appealedAt = nowUtc;
  }

  /** A brand admin upholds the rejection: final now. */
  public void upholdRejection(LocalDateTime nowUtc, String by) {
    move(RegistrationStatus.REJECTED, nowUtc, by, null);
    this.decidedAt = nowUtc;
  }

  /** A brand admin overturns the rejection: the claim is reviewed again. */
  public void reopen(LocalDateTime nowUtc, String by) {
    move(RegistrationStatus.UNDER_REVIEW, nowUtc, by, null);
    this.decidedAt = null;
  }

  /** Whether the partner may still appeal: rejected and never appealed. */
  public boolean isAppealable() {
    return status == RegistrationStatus.REJECTED && appealedAt == null;
  }

  /** The deal closed, won or lost, or the protection ran out ({@code EXPIRED}). */
  public void close(RegistrationStatus outcome, LocalDateTime nowUtc, String by) {
    if (outcome != RegistrationStatus.WON
        && outcome != RegistrationStatus.LOST
        && outcome != RegistrationStatus.EXPIRED) {
      throw new IllegalArgumentException("not a closing outcome: " + outcome);
    }
    move(outcome, nowUtc, by, null);
    this.decidedAt = nowUtc;
  }

  /**
   * Moves the end of protection of an approved claim to a later day (an approved extension). The
   * status stays; the extension's own record and the audit trail tell the step.
   */
  public void extendProtection(LocalDate newProtectedUntil, LocalDateTime nowUtc) {
    if (status != RegistrationStatus.APPROVED || protectedUntil == null) {
      throw new IllegalStateException(
          "Only an approved registration is extended, this is " + status);
    }
    if (!newProtectedUntil.isAfter(protectedUntil)) {
      throw new IllegalArgumentException(
          "an extension ends after " + protectedUntil + ", not on " + newProtectedUntil);
    }
    this.protectedUntil = newProtectedUntil;
    this.updatedAt = nowUtc;
  }

  /**
   * The partner's current view of an approved deal (stage and forecast), checked by the caller like
   * the registration form. Nothing else of the claim changes.
   */
  public void forecast(
      @Nullable DealStage newStage,
      @Nullable BigDecimal newEstimatedAmount,
      @Nullable LocalDate newExpectedCloseDate,
      @Nullable Integer newWinProbability,
      LocalDateTime nowUtc) {
    if (status != RegistrationStatus.APPROVED) {
      throw new IllegalStateException("Only an approved deal has a forecast, this is " + status);
    }
    this.stage = newStage;
    this.estimatedAmount = newEstimatedAmount;
    this.expectedCloseDate = newExpectedCloseDate;
    this.winProbability = newWinProbability;
    this.updatedAt = nowUtc;
  }

  /** Whether it holds a claim on its customer today (see {@link RegistrationStatus#isClaim}). */
  public boolean isClaimOn(LocalDate today) {
    return status.isClaim()
        && (status != RegistrationStatus.APPROVED
            || (protectedUntil != null && !protectedUntil.isBefore(today)));
  }

  private void move(
      RegistrationStatus target, LocalDateTime atUtc, String by, @Nullable String note) {
    if (!status.canBecome(target)) {
      throw new IllegalStateException("A registration cannot go from " + status + " to " + target);
    }
    history.add(new StatusChange(this, history.size(), status, target, atUtc, by, note));
    this.status = target;
    this.updatedAt = atUtc;
    this.waitingSince = target.isAwaitingBrand() ? atUtc : null;
  }

  private void apply(RegistrationForm form) {
    this.customerId = form.customerId();
    this.customer =
        new CustomerDetails(form.customer() == null ? CustomerForm.EMPTY : form.customer());
    this.contactName = form.contactName();
    this.contactPhone = form.contactPhone();
    this.contactEmail = form.contactEmail();
    replaceLines(form.lines() == null ? List.of() : form.lines());
    this.estimatedAmount = form.estimatedAmount();
    this.currency = form.currency() == null ? RegistrationForm.DEFAULT_CURRENCY : form.currency();
    this.expectedCloseDate = form.expectedCloseDate();
    this.bidDate = form.bidDate();
    this.customerBudget = form.customerBudget();
    this.winProbability = form.winProbability();
    this.stage = form.stage();
    this.notes = form.notes();
  }

  /** Lines are few; replacing them all keeps positions dense and the form the single truth. */
  private void replaceLines(List<LineForm> forms) {
    lines.clear();
    for (int i = 0; i < forms.size(); i++) {
      var line = forms.get(i);
      lines.add(
          new RegistrationLine(
              this,
              i,
              Objects.requireNonNull(line.product(), "product"),
              Objects.requireNonNull(line.quantity(), "quantity")));
    }
  }

  /** The content as a form, e.g. to prefill the draft editor. */
  public RegistrationForm toForm() {
    return new RegistrationForm(
        customerId,
        getCustomer().toForm(null),
        contactName,
        contactPhone,
        contactEmail,
        lines.stream().map(RegistrationLine::toForm).toList(),
        estimatedAmount,
        currency,
        expectedCloseDate,
        bidDate,
        customerBudget,
        winProbability,
        stage,
        notes);
  }

  public Long getId() {
    return id;
  }

  public @Nullable String getNumber() {
    return number;
  }

  public long getPartnerCompanyId() {
    return partnerCompanyId;
  }

  public String getOrganizationAlias() {
    return organizationAlias;
  }

  public @Nullable Long getCustomerId() {
    return customerId;
  }

  /** Never null: EclipseLink reads an embeddable whose columns are all NULL as null. */
  public CustomerDetails getCustomer() {
    return customer != null ? customer : new CustomerDetails(CustomerForm.EMPTY);
  }

  public @Nullable String getContactName() {
    return contactName;
  }

  public @Nullable String getContactPhone() {
    return contactPhone;
  }

  public @Nullable String getContactEmail() {
    return contactEmail;
  }

  public List<RegistrationLine> getLines() {
    return Collections.unmodifiableList(lines);
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

  public @Nullable LocalDate getBidDate() {
    return bidDate;
  }

  public @Nullable BigDecimal getCustomerBudget() {
    return customerBudget;
  }

  public @Nullable Integer getWinProbability() {
    return winProbability;
  }

  public @Nullable DealStage getStage() {
    return stage;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public @Nullable LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public @Nullable String getSubmittedBy() {
    return submittedBy;
  }

  public @Nullable LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public @Nullable LocalDate getProtectedUntil() {
    return protectedUntil;
  }

  public boolean isShared() {
    return shared;
  }

  public @Nullable LocalDateTime getWaitingSince() {
    return waitingSince;
  }

  public @Nullable LocalDateTime getAppealedAt() {
    return appealedAt;
  }

  /** Oldest first. */
  public List<StatusChange> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public long getVersion() {
    return version;
  }
}
