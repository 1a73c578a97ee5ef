package com.channelportal.registration.ui;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editor's working copy of a registration: the binder writes into this, never into the entity,
 * and only a save turns it into a {@link RegistrationForm}. A new draft has no id yet; the version
 * goes back with the save so that two editors never overwrite each other.
 */
public class RegistrationDraft {

  private @Nullable Long id;
  private long version;
  private @Nullable Long customerId;
  private CustomerForm customer = CustomerForm.EMPTY;
  private String contactName = "";
  private String contactPhone = "";
  private String contactEmail = "";
  private List<LineForm> lines = new ArrayList<>();
  private @Nullable BigDecimal estimatedAmount;
  private String currency = RegistrationForm.DEFAULT_CURRENCY;
  private @Nullable LocalDate expectedCloseDate;
  private @Nullable LocalDate bidDate;
  private @Nullable BigDecimal customerBudget;
  private @Nullable Integer winProbability;
  private @Nullable DealStage stage;
  private String notes = "";

  static RegistrationDraft of(Registration registration) {
    var form = registration.toForm();
    var draft = new RegistrationDraft();
    draft.id = registration.getId();
    draft.version = registration.getVersion();
    draft.customerId = form.customerId();
    draft.customer = form.customer() == null ? CustomerForm.EMPTY : form.customer();
    draft.contactName = orEmpty(form.contactName());
    draft.contactPhone = orEmpty(form.contactPhone());
    draft.contactEmail = orEmpty(form.contactEmail());
    draft.lines = form.lines() == null ? new ArrayList<>() : new ArrayList<>(form.lines());
    draft.estimatedAmount = form.estimatedAmount();
    draft.currency = form.currency() == null ? RegistrationForm.DEFAULT_CURRENCY : form.currency();
    draft.expectedCloseDate = form.expectedCloseDate();
    draft.bidDate = form.bidDate();
    draft.customerBudget = form.customerBudget();
    draft.winProbability = form.winProbability();
    draft.stage = form.stage();
    draft.notes = orEmpty(form.notes());
    return draft;
  }

  RegistrationForm toForm() {
    return new RegistrationForm(
        customerId,
        customer,
        contactName,
        contactPhone,
        contactEmail,
        List.copyOf(lines),
        estimatedAmount,
        currency,
        expectedCloseDate,
        bidDate,
        customerBudget,
        winProbability,
        stage,
        notes);
  }

  /** After a save: the stored draft's id and version, for the next save or the submission. */
  void savedAs(Registration saved) {
    id = saved.getId();
    version = saved.getVersion();
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  public @Nullable Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public @Nullable Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(@Nullable Long customerId) {
    this.customerId = customerId;
  }

  public CustomerForm getCustomer() {
    return customer;
  }

  public void setCustomer(CustomerForm customer) {
    this.customer = customer;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public List<LineForm> getLines() {
    return lines;
  }

  public void setLines(List<LineForm> lines) {
    this.lines = new ArrayList<>(lines);
  }

  public @Nullable BigDecimal getEstimatedAmount() {
    return estimatedAmount;
  }

  public void setEstimatedAmount(@Nullable BigDecimal estimatedAmount) {
    this.estimatedAmount = estimatedAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public @Nullable LocalDate getExpectedCloseDate() {
    return expectedCloseDate;
  }

  public void setExpectedCloseDate(@Nullable LocalDate expectedCloseDate) {
    this.expectedCloseDate = expectedCloseDate;
  }

  public @Nullable LocalDate getBidDate() {
    return bidDate;
  }

  public void setBidDate(@Nullable LocalDate bidDate) {
    this.bidDate = bidDate;
  }

  public @Nullable BigDecimal getCustomerBudget() {
    return customerBudget;
  }

  public void setCustomerBudget(@Nullable BigDecimal customerBudget) {
    this.customerBudget = customerBudget;
  }

  public @Nullable Integer getWinProbability() {
    return winProbability;
  }

  public void setWinProbability(@Nullable Integer winProbability) {
    this.winProbability = winProbability;
  }

  public @Nullable DealStage getStage() {
    return stage;
  }

  public void setStage(@Nullable DealStage stage) {
    this.stage = stage;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
