package com.channelportal.confirmation.rest;

import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A confirmation request and its answer; times UTC ISO-8601. */
public record ConfirmationJson(
    long id,
    long registrationId,
    String email,
    @Nullable String name,
    String language,
    ConfirmationState state,
    String requestedBy,
    String requestedAt,
    String expiresAt,
    @Nullable String answeredAt,
    @Nullable String comment,
    @Nullable String clientAddress) {

  static ConfirmationJson of(CustomerConfirmation c, ConfirmationState state) {
    return new ConfirmationJson(
        c.getId(),
        c.getRegistrationId(),
        c.getContactEmail(),
        c.getContactName(),
        c.getLanguage(),
        state,
        c.getRequestedBy(),
        utc(c.getRequestedAt()),
        utc(c.getExpiresAt()),
        c.getAnsweredAt() == null ? null : utc(c.getAnsweredAt()),
        c.getComment(),
        c.getClientAddress());
  }

  private static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toString();
  }
}
