package com.channelportal.partner.control;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;

/**
 * Which partner companies a caller may see. Brand admins see every distributor, a channel manager
 * the distributors assigned to them, a partner only its own company; anyone else nothing. The scope
 * is decided once, from verified roles and organization, never from request parameters.
 */
public sealed interface PartnerScope {

  record AllDistributors() implements PartnerScope {}

  record AssignedTo(String channelManager) implements PartnerScope {}

  record OwnCompany(String organizationAlias) implements PartnerScope {}

  record Nothing() implements PartnerScope {}

  static PartnerScope of(Caller caller) {
    if (caller.hasRole(Role.BRAND_ADMIN)) {
      return new AllDistributors();
    }
    if (caller.hasRole(Role.CHANNEL_MANAGER)) {
      return new AssignedTo(caller.username());
    }
    if (caller.isPartner()) {
      return new OwnCompany(caller.organizationAlias().orElseThrow());
    }
    return new Nothing();
  }
}
