package com.channelportal.review.entity;

import org.jspecify.annotations.Nullable;

/**
 * A partner's appeal against a rejection.
 *
 * @param text why the rejection is wrong, for the brand admin
 */
public record AppealForm(@Nullable String text) {

  public static final String TEXT = "text";
}
