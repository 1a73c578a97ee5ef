package com.channelportal.direct.entity;

import com.channelportal.customer.entity.CustomerForm;
import org.jspecify.annotations.Nullable;

/**
 * A direct opportunity as typed.
 *
 * @param customerId a record of the brand's customer master; when given, {@code customer} is
 *     ignored and the record's description is copied
 * @param owner the brand sales person working on it; the creator when absent
 */
public record DirectOpportunityForm(
    @Nullable String title,
    @Nullable Long customerId,
    @Nullable CustomerForm customer,
    @Nullable String owner) {

  public static final String TITLE = "title";
  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER = "customer";
  public static final String OWNER = "owner";
}
