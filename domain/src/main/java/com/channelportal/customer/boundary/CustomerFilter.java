package com.channelportal.customer.boundary;

import org.jspecify.annotations.Nullable;

/**
 * What a customer list is narrowed and ordered by. {@code text} matches name, USCC, master-data
 * number and city.
 *
 * @param sort one of {@link CustomerQueries#SORTABLE}; anything else sorts by name
 */
public record CustomerFilter(@Nullable String text, @Nullable String sort, boolean ascending) {

  public static final CustomerFilter NONE = new CustomerFilter(null, null, true);
}
