package com.channelportal.registration.entity;

import com.channelportal.customer.entity.CustomerForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration as typed into the form or posted to the API, before any rule is checked. The field
 * names are the ones problems are reported under: customer fields as {@code customer.name}, lines
 * as {@code lines[0].quantity}.
 *
 * @param customerId one of the partner's own customer records, picked instead of typing the
 *     customer; when given, {@code customer} is ignored and the record's description is copied
 * @param currency ISO 4217; CNY when absent
 * @param customerBudget in the same currency as the amount
 * @param winProbability percent, 0 to 100
 */
public record RegistrationForm(
    @Nullable Long customerId,
    @Nullable CustomerForm customer,
    @Nullable String contactName,
    @Nullable String contactPhone,
    @Nullable String contactEmail,
    @Nullable List<LineForm> lines,
    @Nullable BigDecimal estimatedAmount,
    @Nullable String currency,
    @Nullable LocalDate expectedCloseDate,
    @Nullable LocalDate bidDate,
    @Nullable BigDecimal customerBudget,
    @Nullable Integer winProbability,
    @Nullable DealStage stage,
    @Nullable String notes) {

  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER = "customer";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String LINES = "lines";
  public static final String ESTIMATED_AMOUNT = "estimatedAmount";
  public static final String CURRENCY = "currency";
  public static final String EXPECTED_CLOSE_DATE = "expectedCloseDate";
  public static final String BID_DATE = "bidDate";
  public static final String CUSTOMER_BUDGET = "customerBudget";
  public static final String WIN_PROBABILITY = "winProbability";
  public static final String STAGE = "stage";
  public static final String NOTES = "notes";

  public static final String DEFAULT_CURRENCY = "CNY";

  public static final RegistrationForm EMPTY =
      new RegistrationForm(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
