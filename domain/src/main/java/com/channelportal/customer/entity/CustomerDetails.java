package com.channelportal.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A company as described at one moment: the customer master's current description, or the copy a
 * registration or direct opportunity keeps as its evidence. Checked and normalized by {@code
 * CustomerRules}; the name may be missing only in a draft.
 */
@Embeddable
public class CustomerDetails {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int INDUSTRY_MAX_LENGTH = 64;
  public static final int PHONE_MAX_LENGTH = 64;
  public static final int FAX_MAX_LENGTH = 32;
  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int WEBSITE_MAX_LENGTH = 200;
  public static final int PROVINCE_MAX_LENGTH = 32;
  public static final int CITY_MAX_LENGTH = 32;
  public static final int ADDRESS_MAX_LENGTH = 200;

  @Nullable
  @Size(max = NAME_MAX_LENGTH)
  @Column(name = "name")
  private String name;

  /** Canonical (upper case, half-width) and valid, or absent. */
  @Nullable
  @Size(min = 18, max = 18)
  @Column(name = "uscc")
  private String uscc;

  @Nullable
  @Size(max = INDUSTRY_MAX_LENGTH)
  @Column(name = "industry")
  private String industry;

  @Nullable
  @Size(max = INDUSTRY_MAX_LENGTH)
  @Column(name = "sub_industry")
  private String subIndustry;

  @Nullable
  @Size(max = PHONE_MAX_LENGTH)
  @Column(name = "phone")
  private String phone;

  @Nullable
  @Size(max = FAX_MAX_LENGTH)
  @Column(name = "fax")
  private String fax;

  @Nullable
  @Size(max = EMAIL_MAX_LENGTH)
  @Column(name = "email")
  private String email;

  @Nullable
  @Size(max = WEBSITE_MAX_LENGTH)
  @Column(name = "website")
  private String website;

  @Nullable
  @Size(max = PROVINCE_MAX_LENGTH)
  @Column(name = "province")
  private String province;

  @Nullable
  @Size(max = CITY_MAX_LENGTH)
  @Column(name = "city")
  private String city;

  @Nullable
  @Size(max = ADDRESS_MAX_LENGTH)
  @Column(name = "address")
  private String address;

  protected CustomerDetails() {}

  /**
   * @param form checked and normalized; its master-data number is not part of the description
   */
  public CustomerDetails(CustomerForm form) {
    this.name = form.name();
    this.uscc = form.uscc();
    this.industry = form.industry();
    this.subIndustry = form.subIndustry();
    this.phone = form.phone();
    this.fax = form.fax();
    this.email = form.email();
    this.website = form.website();
    this.province = form.province();
    this.city = form.city();
    this.address = form.address();
  }

  /** The description as a form, e.g. to prefill an edit or to compare two descriptions. */
  public CustomerForm toForm(@Nullable String masterDataNumber) {
    return new CustomerForm(
        name,
        uscc,
        industry,
        subIndustry,
        phone,
        fax,
        email,
        website,
        province,
        city,
        address,
        masterDataNumber);
  }

  public @Nullable String getName() {
    return name;
  }

  public @Nullable String getUscc() {
    return uscc;
  }

  public @Nullable String getIndustry() {
    return industry;
  }

  public @Nullable String getSubIndustry() {
    return subIndustry;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public @Nullable String getFax() {
    return fax;
  }

  public @Nullable String getEmail() {
    return email;
  }

  public @Nullable String getWebsite() {
    return website;
  }

  public @Nullable String getProvince() {
    return province;
  }

  public @Nullable String getCity() {
    return city;
  }

  public @Nullable String getAddress() {
    return address;
  }
}
