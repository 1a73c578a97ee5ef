package com.channelportal.customer.entity;

import org.jspecify.annotations.Nullable;

/**
 * A customer as typed, before any rule is checked. The field names are the ones problems are
 * reported under (with a prefix such as {@code customer.} inside a registration form).
 *
 * @param industry the first level of the industry, e.g. 生产加工制造
 * @param subIndustry the second level, e.g. 仪器仪表及工业
 * @param phone one number or several separated by {@code / , ;}
 * @param website a URL or host name
 * @param masterDataNumber the brand's own number, e.g. 20230426-000013; brand records only
 */
public record CustomerForm(
    @Nullable String name,
    @Nullable String uscc,
    @Nullable String industry,
    @Nullable String subIndustry,
    @Nullable String phone,
    @Nullable String fax,
    @Nullable String email,
    @Nullable String website,
    @Nullable String province,
    @Nullable String city,
    @Nullable String address,
    @Nullable String masterDataNumber) {

  public static final String NAME = "name";
  public static final String USCC = "uscc";
  public static final String INDUSTRY = "industry";
  public static final String SUB_INDUSTRY = "subIndustry";
  public static final String PHONE = "phone";
  public static final String FAX = "fax";
  public static final String EMAIL = "email";
  public static final String WEBSITE = "website";
  public static final String PROVINCE = "province";
  public static final String CITY = "city";
  public static final String ADDRESS = "address";
  public static final String MASTER_DATA_NUMBER = "masterDataNumber";

  public static final CustomerForm EMPTY =
      new CustomerForm(null, null, null, null, null, null, null, null, null, null, null, null);

  /** A company known by its name only, e.g. in tests; the rest can be added with a record copy. */
  public static CustomerForm named(String name) {
    return new CustomerForm(name, null, null, null, null, null, null, null, null, null, null, null);
  }
}
