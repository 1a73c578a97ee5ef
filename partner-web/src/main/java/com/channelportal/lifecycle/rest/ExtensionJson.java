package com.channelportal.lifecycle.rest;

import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * An extension request as the API shows it: dates {@code yyyy-MM-dd}, times UTC instants in
 * ISO-8601; {@code version} is the ETag a decision sends back in If-Match.
 */
public record ExtensionJson(
    long id,
    long registrationId,
    long partnerCompanyId,
    String organization,
    int days,
    String justification,
    ExtensionStatus status,
    String requestedBy,
    String requestedAt,
    LocalDate protectedUntil,
    @Nullable String decidedBy,
    @Nullable String decidedAt,
    @Nullable String reason,
    @Nullable LocalDate extendedUntil,
    long version) {

  static ExtensionJson of(ProtectionExtension e) {
    return new ExtensionJson(
        e.getId(),
        e.getRegistrationId(),
        e.getPartnerCompanyId(),
        e.getOrganizationAlias(),
        e.getDays(),
        e.getJustification(),
        e.getStatus(),
        e.getRequestedBy(),
        utc(e.getRequestedAt()),
        e.getProtectedUntil(),
        e.getDecidedBy(),
        e.getDecidedAt() == null ? null : utc(e.getDecidedAt()),
        e.getDecisionReason(),
        e.getExtendedUntil(),
        e.getVersion());
  }

  static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
