package com.channelportal.customer.boundary;

import com.channelportal.identity.entity.Caller;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.PartnerCompany;

/** Which customer records a caller may see: all (brand staff), a partner's own, or none. */
sealed interface CustomerScope {

  record All() implements CustomerScope {}

  record OwnedBy(long companyId) implements CustomerScope {}

  record Nothing() implements CustomerScope {}

  /** Looks the partner's company up without recording it: a company not known owns nothing. */
  static CustomerScope of(Caller caller, PartnerCompanies companies) {
    if (caller.isBrandStaff()) {
      return new All();
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
