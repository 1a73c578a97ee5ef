package com.channelportal.direct.rest;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStage;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The API's view of a direct opportunity, with the request body's names, so that a client may send
 * back what it read. Amounts are decimal strings with two decimals in {@code currency}; dates
 * {@code yyyy-MM-dd}; times UTC ISO-8601. {@code protectedUntil} is the last day (brand time zone)
 * it protects its customer unless activity is recorded; absent once it is not open.
 */
public record DirectOpportunityJson(
    long id,
    @Nullable String title,
    DirectOpportunityStatus status,
    @Nullable Long customerId,
    CustomerForm customer,
    String owner,
    @Nullable String estimatedAmount,
    String currency,
    @Nullable LocalDate expectedCloseDate,
    @Nullable DirectOpportunityStage stage,
    @Nullable String notes,
    @Nullable String externalSource,
    @Nullable String externalRef,
    boolean inConflict,
    @Nullable String lastActivityAt,
    @Nullable LocalDate protectedUntil,
    String createdBy,
    String createdAt,
    @Nullable String updatedAt,
    long version) {

  /** A request body: what a client creates or replaces an opportunity with. */
  public record Body(
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

    DirectOpportunityForm form() {
      return new DirectOpportunityForm(
          title,
          customerId,
          customer,
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

  static DirectOpportunityJson of(DirectOpportunity d, @Nullable LocalDate protectedUntil) {
    return new DirectOpportunityJson(
        d.getId(),
        d.getTitle(),
        d.getStatus(),
        d.getCustomerId(),
        d.getCustomer().toForm(null),
        d.getOwner(),
        d.getEstimatedAmount() == null ? null : d.getEstimatedAmount().toPlainString(),
        d.getCurrency(),
        d.getExpectedCloseDate(),
        d.getStage(),
        d.getNotes(),
        d.getExternalSource(),
        d.getExternalRef(),
        d.isInConflict(),
        utcOrNull(d.getLastActivityAt()),
        protectedUntil,
        d.getCreatedBy(),
        utc(d.getCreatedAt()),
        utcOrNull(d.getUpdatedAt()),
        d.getVersion());
  }

  static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }

  static @Nullable String utcOrNull(@Nullable LocalDateTime time) {
    return time == null ? null : utc(time);
  }
}
