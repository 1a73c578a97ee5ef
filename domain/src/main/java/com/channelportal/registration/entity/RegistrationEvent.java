package com.channelportal.registration.entity;

/**
 * Something happened to a deal registration that people may need to hear about. Fired as a CDI
 * event inside the transaction of the change; observers that tell people (notifications) act only
 * after that transaction commits, so a rolled-back change tells nobody.
 *
 * @param kind what happened
 * @param registrationId the registration
 * @param partnerCompanyId the distributor that owns the registration
 * @param actor the username (or {@code SYSTEM}) who caused it
 */
public record RegistrationEvent(
    Kind kind, long registrationId, long partnerCompanyId, String actor) {

  public enum Kind {
    /** Submitted and approved automatically. */
    APPROVED_AUTOMATICALLY,
    /** Submitted and sent to a channel manager because of conflicts. */
    SENT_TO_REVIEW,
    /** A channel manager approved it. */
    APPROVED,
    /** A channel manager rejected it. */
    REJECTED,
    /** Shared between partners by a ruling. */
    SHARED,
    /** Put on hold because another claim on the customer was approved. */
    PUT_ON_HOLD,
    /** Returned to the partner for more information. */
    INFORMATION_REQUESTED,
    /** The partner resubmitted after a request for information. */
    RESUBMITTED,
    /** The partner appealed a rejection. */
    APPEALED,
    /** A brand admin decided the appeal. */
    APPEAL_DECIDED,
    /** Waited for a ruling longer than the service level. */
    ESCALATED,
    /** The partner withdrew it. */
    WITHDRAWN,
    /** Protection ends soon. */
    EXPIRY_REMINDER,
    /** Protection ended without extension. */
    EXPIRED,
    /** The partner asked for a longer protection. */
    EXTENSION_REQUESTED,
    /** The channel manager approved or denied an extension. */
    EXTENSION_DECIDED,
    /** Closed as won. */
    WON,
    /** Closed as lost. */
    LOST,
    /** An approved deal went without shared activity for the configured days. */
    DEAL_INACTIVE
  }
}
