package com.channelportal.partner.boundary;

import org.jspecify.annotations.Nullable;

/**
 * What a partner list is narrowed and ordered by. {@code text} matches name, USCC and alias.
 *
 * @param sort one of {@link PartnerQueries#SORTABLE}; anything else sorts by name
 */
public record PartnerFilter(@Nullable String text, @Nullable String sort, boolean ascending) {

  public static final PartnerFilter NONE = new PartnerFilter(null, null, true);
}
