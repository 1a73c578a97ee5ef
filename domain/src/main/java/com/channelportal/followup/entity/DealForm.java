package com.channelportal.followup.entity;

import com.channelportal.registration.entity.DealStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The part of an approved registration that the partner keeps current while it works the deal:
 * stage and forecast. The amount is in the registration's currency.
 */
public record DealForm(
    @Nullable DealStage stage,
    @Nullable BigDecimal estimatedAmount,
    @Nullable LocalDate expectedCloseDate,
    @Nullable Integer winProbability) {}
