package com.channelportal.review.rest;

import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.Ruling;
import com.channelportal.review.entity.RulingKind;
import org.jspecify.annotations.Nullable;

/**
 * One ruling on a registration. A partner reads its own registration's rulings without who decided
 * and without the cause of a consequence: both point into the brand or at another claim.
 *
 * @param rationale written for the partner; absent for a claim held because of another's approval
 * @param causedBy the ruling on another claim this one follows from (brand staff only)
 */
public record RulingJson(
    long id,
    RulingKind kind,
    @Nullable ReasonCode reasonCode,
    @Nullable String otherReason,
    @Nullable String rationale,
    String decidedAt,
    @Nullable String decidedBy,
    @Nullable Long causedBy) {

  static RulingJson of(Ruling ruling, boolean brand) {
    return new RulingJson(
        ruling.getId(),
        ruling.getKind(),
        ruling.getReasonCode(),
        ruling.getOtherReason(),
        ruling.getRationale(),
        RegistrationJson.utc(ruling.getDecidedAt()),
        brand ? ruling.getDecidedBy() : null,
        brand ? ruling.getCausedBy() : null);
  }
}
