package com.channelportal.confirmation.entity;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request was stored and its e-mail is to be sent once the transaction commits. It carries the
 * link's token, which exists nowhere else: it lives only in this event and in the e-mail.
 *
 * @param expiresAt UTC
 */
public record ConfirmationRequested(
    long confirmationId,
    String token,
    String email,
    @Nullable String contactName,
    String language,
    String partnerName,
    String customerName,
    @Nullable String registrationNumber,
    List<String> products,
    LocalDateTime expiresAt) {

  @Override
  public String toString() {
    // never log the token
    return "ConfirmationRequested[" + confirmationId + "]";
  }
}
