package com.channelportal.dealteam.boundary;

import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.identity.entity.Caller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * A registration as a deal: found through the caller's registration scope, a draft is no deal yet,
 * and a closed one is read only.
 */
@Stateless
public class Deals {

  public static final String CLOSED = "deal.CLOSED";

  static final String WHAT = "Deal";

  private static final Set<RegistrationStatus> CLOSED_STATES =
      EnumSet.of(
          RegistrationStatus.WITHDRAWN,
          RegistrationStatus.EXPIRED,
          RegistrationStatus.WON,
          RegistrationStatus.LOST);

  @Inject Registrations registrations;

  /** The deal, if the caller may read it. */
  public Registration readable(Caller caller, long registrationId) {
    Registration registration;
    try {
      registration = registrations.get(caller, registrationId);
    } catch (RecordNotFound e) {
      throw new RecordNotFound(WHAT, registrationId);
    }
    if (registration.getStatus() == RegistrationStatus.DRAFT) {
      throw new RecordNotFound(WHAT, registrationId);
    }
    return registration;
  }

  /** The deal, if the caller may read it and it is still open for follow-up. */
  public Registration writable(Caller caller, long registrationId) {
    var registration = readable(caller, registrationId);
    if (isClosed(registration)) {
      throw new RuleViolation(
          CLOSED, "The deal is " + registration.getStatus() + ": its team and tasks are read only");
    }
    return registration;
  }

  public static boolean isClosed(Registration registration) {
    return CLOSED_STATES.contains(registration.getStatus())
        || (registration.getStatus() == RegistrationStatus.REJECTED
            && !registration.isAppealable());
  }
}
