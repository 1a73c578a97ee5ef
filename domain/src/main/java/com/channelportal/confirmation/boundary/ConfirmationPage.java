package com.channelportal.confirmation.boundary;

import com.channelportal.confirmation.entity.ConfirmationState;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the public page shows for a link: the question while it is open, else only its state. An
 * unknown token (never issued, mistyped or forged) has no details at all.
 *
 * @param state null for an unknown token
 * @param expiresAt UTC
 */
public record ConfirmationPage(
    @Nullable ConfirmationState state,
    String language,
    String partnerName,
    String customerName,
    @Nullable String registrationNumber,
    List<String> products,
    @Nullable LocalDateTime expiresAt) {

  public static ConfirmationPage unknown() {
    return new ConfirmationPage(null, "zh-CN", "", "", null, List.of(), null);
  }

  public boolean known() {
    return state != null;
  }
}
