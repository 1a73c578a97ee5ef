package com.channelportal.review.entity;

import org.jspecify.annotations.Nullable;

/**
 * A brand admin's decision on an appeal.
 *
 * @param rationale why; the partner reads it
 */
public record AppealDecisionForm(@Nullable AppealDecision decision, @Nullable String rationale) {

  public static final String DECISION = "decision";
  public static final String RATIONALE = "rationale";
}
