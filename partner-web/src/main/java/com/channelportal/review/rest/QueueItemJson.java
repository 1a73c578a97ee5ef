package com.channelportal.review.rest;

import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.review.boundary.QueueEntry;
import org.jspecify.annotations.Nullable;

/**
 * A claim waiting at the desk.
 *
 * @param waitingSince UTC, when it began to wait for the brand
 * @param waitedMinutes how long it has waited
 * @param bestScore 0..1 with three decimals, as a string like the amounts
 * @param escalated waited longer than the service level ({@code portal.review.escalation-hours})
 */
public record QueueItemJson(
    long id,
    @Nullable String number,
    RegistrationStatus status,
    long partnerCompanyId,
    String partnerName,
    @Nullable String customerName,
    @Nullable String submittedAt,
    @Nullable String waitingSince,
    long waitedMinutes,
    long conflicts,
    @Nullable String bestScore,
    boolean escalated) {

  static QueueItemJson of(QueueEntry e) {
    var r = e.registration();
    return new QueueItemJson(
        r.getId(),
        r.getNumber(),
        r.getStatus(),
        r.getPartnerCompanyId(),
        e.partnerName(),
        r.getCustomer().getName(),
        r.getSubmittedAt() == null ? null : RegistrationJson.utc(r.getSubmittedAt()),
        r.getWaitingSince() == null ? null : RegistrationJson.utc(r.getWaitingSince()),
        e.waited().toMinutes(),
        e.conflicts(),
        e.bestScore() == null ? null : e.bestScore().toPlainString(),
        e.escalated());
  }
}
