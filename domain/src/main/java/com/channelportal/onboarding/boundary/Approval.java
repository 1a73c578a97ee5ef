package com.channelportal.onboarding.boundary;

import com.channelportal.partner.entity.Tier;
import org.jspecify.annotations.Nullable;

/**
 * The brand admin's terms for an approved distributor.
 *
 * @param channelManager username of the brand's channel manager to look after it, or none yet
 */
public record Approval(@Nullable Tier tier, @Nullable String channelManager) {}
