package com.channelportal.followup.rest;

import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deal's stage and forecast; {@code inactive} is true for an approved deal without shared
 * activity for the configured days. The amount is a decimal in {@code currency}.
 */
public record DealJson(
    long registrationId,
    @Nullable String number,
    RegistrationStatus status,
    @Nullable DealStage stage,
    @Nullable BigDecimal estimatedAmount,
    String currency,
    @Nullable LocalDate expectedCloseDate,
    @Nullable Integer winProbability,
    boolean inactive,
    long version) {

  static DealJson of(Registration r, boolean inactive) {
    return new DealJson(
        r.getId(),
        r.getNumber(),
        r.getStatus(),
        r.getStage(),
        r.getEstimatedAmount(),
        r.getCurrency(),
        r.getExpectedCloseDate(),
        r.getWinProbability(),
        inactive,
        r.getVersion());
  }
}
