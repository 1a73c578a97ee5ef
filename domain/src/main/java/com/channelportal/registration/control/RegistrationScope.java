package com.channelportal.registration.control;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.control.PartnerScope;

/**
 * Whose registrations a caller may see: a partner its own company's, a channel manager those of the
 * distributors assigned to them, brand admins and brand sales all (direct sales must see every
 * claim its customers are subject to). The widest role wins. Anyone else sees nothing.
 */
public final class RegistrationScope {

  private RegistrationScope() {}

  public static PartnerScope of(Caller caller) {
    if (caller.hasRole(Role.BRAND_SALES)) {
      return new PartnerScope.AllDistributors();
    }
    return PartnerScope.of(caller);
  }
}
