package com.channelportal.lifecycle.entity;

import org.jspecify.annotations.Nullable;

/**
 * A partner's request for longer protection, as typed.
 *
 * @param days how many days to add to the end of protection
 * @param justification why the deal needs them, for the channel manager
 */
public record ExtensionForm(@Nullable Integer days, @Nullable String justification) {

  public static final String DAYS = "days";
  public static final String JUSTIFICATION = "justification";
}
