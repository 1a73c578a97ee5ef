package com.channelportal.review.entity;

import org.jspecify.annotations.Nullable;

/**
 * A ruling as a channel manager or an API client sends it; checked by {@code RulingRules}.
 *
 * @param reasonCode required to reject, refused otherwise
 * @param otherReason the reason in words, required with {@link ReasonCode#OTHER} only
 * @param rationale why, in a few sentences; the partner reads it
 */
public record RulingForm(
    @Nullable Decision decision,
    @Nullable ReasonCode reasonCode,
    @Nullable String otherReason,
    @Nullable String rationale) {

  public static final String DECISION = "decision";
  public static final String REASON_CODE = "reasonCode";
  public static final String OTHER_REASON = "otherReason";
  public static final String RATIONALE = "rationale";
}
