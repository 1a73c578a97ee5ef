package com.channelportal.followup.boundary;

import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.identity.entity.Caller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which deals a caller may follow up. A deal is a submitted registration the caller may read; its
 * timeline is written while it is open, read-only once it is closed.
 */
@ApplicationScoped
public class Deals {

  public static final String WHAT = "Deal";

  /** A closed deal's timeline is history. */
  public static final String CLOSED = "deal.CLOSED";

  @Inject Registrations registrations;

  public Registration readable(Caller caller, long id) {
    var registration = registrations.get(caller, id);
    if (registration.getStatus() == RegistrationStatus.DRAFT) {
      throw new RecordNotFound(WHAT, id);
    }
    return registration;
  }

  public Registration writable(Caller caller, long id) {
    var registration = readable(caller, id);
    if (isClosed(registration)) {
      throw new RuleViolation(
          CLOSED, "Deal " + id + " is " + registration.getStatus() + "; its timeline is read-only");
    }
    return registration;
  }

  public static boolean isClosed(Registration registration) {
    var status = registration.getStatus();
    return status == RegistrationStatus.WITHDRAWN
        || status == RegistrationStatus.EXPIRED
        || status == RegistrationStatus.WON
        || status == RegistrationStatus.LOST
        || (status == RegistrationStatus.REJECTED && !registration.isAppealable());
  }
}
