package com.channelportal.lifecycle.entity;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The partner closes its approved registration.
 *
 * @param outcome won or lost
 * @param actualAmount for a won deal, what the customer ordered (optional), in the registration's
 *     currency
 * @param reason for a lost deal, why (required); for a won one optional
 */
public record ClosingForm(
    @Nullable DealOutcome outcome, @Nullable BigDecimal actualAmount, @Nullable String reason) {

  public static final String OUTCOME = "outcome";
  public static final String ACTUAL_AMOUNT = "actualAmount";
  public static final String REASON = "reason";
}
