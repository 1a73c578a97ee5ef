package com.channelportal.direct.boundary;

import com.channelportal.direct.entity.DirectOpportunityStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a list of direct opportunities is narrowed to.
 *
 * @param owner a sales person's username, exactly
 * @param customerName part of the customer's name, any case
 */
public record DirectOpportunityFilter(
    @Nullable DirectOpportunityStatus status,
    @Nullable String owner,
    @Nullable String customerName) {

  public static final DirectOpportunityFilter NONE = new DirectOpportunityFilter(null, null, null);
}
