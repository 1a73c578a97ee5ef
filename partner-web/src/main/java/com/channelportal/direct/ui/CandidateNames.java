package com.channelportal.direct.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.boundary.Registrations;
import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Names of the records an opportunity's conflicts point at, as far as the caller may see them: a
 * channel manager not assigned to the partner of a conflicting claim sees its kind and id only, as
 * on the registration pages.
 */
class CandidateNames {

  private final Component owner;
  private final Supplier<Caller> caller;
  private final Registrations registrations;
  private final Customers customers;
  private final DirectOpportunities opportunities;

  CandidateNames(
      Component owner,
      Supplier<Caller> caller,
      Registrations registrations,
      Customers customers,
      DirectOpportunities opportunities) {
    this.owner = owner;
    this.caller = caller;
    this.registrations = registrations;
    this.customers = customers;
    this.opportunities = opportunities;
  }

  String describe(CandidateKind kind, long id) {
    try {
      switch (kind) {
        case REGISTRATION -> {
          var claim = registrations.get(caller.get(), id);
          return owner.getTranslation(
              "direct.candidate.registration",
              orDash(claim.getNumber()),
              orDash(claim.getCustomer().getName()),
              claim.getOrganizationAlias(),
              claim.getProtectedUntil() == null ? "–" : claim.getProtectedUntil().toString());
        }
        case CUSTOMER -> {
          var customer = customers.get(caller.get(), id);
          return owner.getTranslation(
              "registration.candidate.customer.label",
              customer.getName(),
              orDash(customer.getMasterDataNumber()));
        }
        case DIRECT_OPPORTUNITY -> {
          var other = opportunities.get(caller.get(), id);
          return owner.getTranslation(
              "registration.candidate.direct-opportunity.label",
              orDash(other.getTitle()),
              orDash(other.getCustomer().getName()),
              other.getOwner());
        }
      }
    } catch (RecordNotFound | AccessDenied outsideScope) {
      // fall through: the kind and the score still show
    }
    return owner.getTranslation("registration.candidate.unknown", id);
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
