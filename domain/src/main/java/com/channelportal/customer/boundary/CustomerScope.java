package com.channelportal.customer.boundary;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.PartnerCompany;

/**
 * Which customer records a caller may see: all (brand admins and brand sales), the brand's master
 * data and the records of the partners assigned to a channel manager, a partner's own, or none. A
 * channel manager reads the brand's records because "existing customer" is one of their rulings;
 * other partners' records stay with those partners' managers, as everywhere else.
 */
sealed interface CustomerScope {

  record All() implements CustomerScope {}

  record BrandAndAssignedTo(String channelManager) implements CustomerScope {}

  record OwnedBy(long companyId) implements CustomerScope {}

  record Nothing() implements CustomerScope {}

  /** Looks the partner's company up without recording it: a company not known owns nothing. */
  static CustomerScope of(Caller caller, PartnerCompanies companies) {
    if (caller.hasRole(Role.BRAND_ADMIN) || caller.hasRole(Role.BRAND_SALES)) {
      return new All();
    }
    if (caller.hasRole(Role.CHANNEL_MANAGER)) {
      return new BrandAndAssignedTo(caller.username());
    }
    if (caller.isPartner()) {
      return companies
          .byAlias(caller.organizationAlias().orElseThrow())
          .map(PartnerCompany::getId)
          .<CustomerScope>map(OwnedBy::new)
          .orElseGet(Nothing::new);
    }
    return new Nothing();
  }
}
