package com.channelportal.review.boundary;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the review queue is narrowed by.
 *
 * @param partnerCompanyId one distributor's claims only
 * @param escalatedOnly only claims that waited longer than the service level
 * @param minScore only claims with a conflict scored at least this (0..1)
 */
public record ReviewFilter(
    @Nullable Long partnerCompanyId, boolean escalatedOnly, @Nullable BigDecimal minScore) {

  public static final ReviewFilter NONE = new ReviewFilter(null, false, null);
}
