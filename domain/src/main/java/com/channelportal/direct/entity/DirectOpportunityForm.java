package com.channelportal.direct.entity;

import com.channelportal.customer.entity.CustomerForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A direct opportunity as typed or imported.
 *
 * @param customerId a record of the brand's customer master; when given, {@code customer} is
 *     ignored and the record's description is copied
 * @param owner the brand sales person working on it; the creator when absent
 * @param currency ISO 4217, CNY when absent
 * @param externalSource the system an import comes from (e.g. {@code ERP}); with {@code
 *     externalRef}, its id there: the same pair is never entered twice
 */
public record DirectOpportunityForm(
    @Nullable String title,
    @Nullable Long customerId,
    @Nullable CustomerForm customer,
    @Nullable String owner,
    @Nullable BigDecimal estimatedAmount,
    @Nullable String currency,
    @Nullable LocalDate expectedCloseDate,
    @Nullable DirectOpportunityStage stage,
    @Nullable String notes,
    @Nullable String externalSource,
    @Nullable String externalRef) {

  public static final String TITLE = "title";
  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER = "customer";
  public static final String OWNER = "owner";
  public static final String ESTIMATED_AMOUNT = "estimatedAmount";
  public static final String CURRENCY = "currency";
  public static final String EXPECTED_CLOSE_DATE = "expectedCloseDate";
  public static final String NOTES = "notes";
  public static final String EXTERNAL_SOURCE = "externalSource";
  public static final String EXTERNAL_REF = "externalRef";
  public static final String DEFAULT_CURRENCY = "CNY";

  /** The customer and its title only, as conflict detection needs it. */
  public DirectOpportunityForm(
      @Nullable String title,
      @Nullable Long customerId,
      @Nullable CustomerForm customer,
      @Nullable String owner) {
    this(title, customerId, customer, owner, null, null, null, null, null, null, null);
  }

  /** The form of an existing opportunity, to edit it. */
  public static DirectOpportunityForm of(DirectOpportunity o) {
    return new DirectOpportunityForm(
        o.getTitle(),
        o.getCustomerId(),
        o.getCustomer().toForm(null),
        o.getOwner(),
        o.getEstimatedAmount(),
        o.getCurrency(),
        o.getExpectedCloseDate(),
        o.getStage(),
        o.getNotes(),
        o.getExternalSource(),
        o.getExternalRef());
  }

  /** A copy with another customer description (a picked record's). */
  public DirectOpportunityForm withCustomer(CustomerForm described) {
    return new DirectOpportunityForm(
        title,
        customerId,
        described,
        owner,
        estimatedAmount,
        currency,
        expectedCloseDate,
        stage,
        notes,
        externalSource,
        externalRef);
  }
}
