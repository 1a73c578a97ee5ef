package com.channelportal.lifecycle.entity;

import org.jspecify.annotations.Nullable;

/**
 * The brand's answer to an extension request.
 *
 * @param approve true to approve, false to deny
 * @param reason required to deny, optional to approve
 */
public record ExtensionDecision(@Nullable Boolean approve, @Nullable String reason) {

  public static final String APPROVE = "approve";
  public static final String REASON = "reason";
}
