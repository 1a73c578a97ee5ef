package com.channelportal.direct.ui;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the editor's fields hold, a plain bean for the Binder's buffered editing: the entity is only
 * changed through the boundary, with the version the editor started from.
 */
public class DirectDraft {

  private @Nullable Long id;
  private long version;
  private String title = "";
  private @Nullable Long customerId;
  private String customerName = "";
  private String uscc = "";
  private String phone = "";
  private String email = "";
  private String website = "";
  private String province = "";
  private String city = "";
  private String owner = "";
  private @Nullable BigDecimal estimatedAmount;
  private String currency = DirectOpportunityForm.DEFAULT_CURRENCY;
  private @Nullable LocalDate expectedCloseDate;
  private @Nullable DirectOpportunityStage stage;
  private String notes = "";

  static DirectDraft of(DirectOpportunity o) {
    var draft = new DirectDraft();
    draft.id = o.getId();
    draft.version = o.getVersion();
    draft.title = text(o.getTitle());
    draft.customerId = o.getCustomerId();
    var c = o.getCustomer();
    draft.customerName = text(c.getName());
    draft.uscc = text(c.getUscc());
    draft.phone = text(c.getPhone());
    draft.email = text(c.getEmail());
    draft.website = text(c.getWebsite());
    draft.province = text(c.getProvince());
    draft.city = text(c.getCity());
    draft.owner = o.getOwner();
    draft.estimatedAmount = o.getEstimatedAmount();
    draft.currency = o.getCurrency();
    draft.expectedCloseDate = o.getExpectedCloseDate();
    draft.stage = o.getStage();
    draft.notes = text(o.getNotes());
    return draft;
  }

  DirectOpportunityForm toForm() {
    var customer =
        new CustomerForm(
            blankToNull(customerName),
            blankToNull(uscc),
            null,
            null,
            blankToNull(phone),
            null,
            blankToNull(email),
            blankToNull(website),
            blankToNull(province),
            blankToNull(city),
            null,
            null);
    return new DirectOpportunityForm(
        blankToNull(title),
        customerId,
        customer,
        blankToNull(owner),
        estimatedAmount,
        currency,
        expectedCloseDate,
        stage,
        blankToNull(notes),
        null,
        null);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public @Nullable Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public @Nullable Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(@Nullable Long customerId) {
    this.customerId = customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public void setCustomerName(String customerName) {
    this.customerName = customerName;
  }

  public String getUscc() {
    return uscc;
  }

  public void setUscc(String uscc) {
    this.uscc = uscc;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
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

  public @Nullable DirectOpportunityStage getStage() {
    return stage;
  }

  public void setStage(@Nullable DirectOpportunityStage stage) {
    this.stage = stage;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
