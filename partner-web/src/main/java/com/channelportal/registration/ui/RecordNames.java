package com.channelportal.registration.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.registration.boundary.Registrations;
import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Names of the records a registration points at, as far as the caller may see them: its partner
 * company (looked up once per view, a grid page names few) and the candidates of its conflicts. A
 * record outside the caller's scope, such as another partner's claim for a channel manager who is
 * not assigned to that partner, keeps its kind and id only.
 */
class RecordNames implements ConflictsPanel.CandidateNames {

  private final Component owner;
  private final Supplier<Caller> caller;
  private final Registrations registrations;
  private final Customers customers;
  private final Partners partners;
  private final DirectOpportunities directOpportunities;
  private final Map<Long, String> partnerNames = new HashMap<>();

  RecordNames(
      Component owner,
      Supplier<Caller> caller,
      Registrations registrations,
      Customers customers,
      Partners partners,
      DirectOpportunities directOpportunities) {
    this.owner = owner;
    this.caller = caller;
    this.registrations = registrations;
    this.customers = customers;
    this.partners = partners;
    this.directOpportunities = directOpportunities;
  }

  String partner(long partnerCompanyId) {
    return partnerNames.computeIfAbsent(
        partnerCompanyId,
        id -> {
          try {
            return partners.get(caller.get(), id).getName();
          } catch (RecordNotFound outsideScope) {
            return "#" + id;
          }
        });
  }

  @Override
  public ConflictsPanel.Candidate describe(CandidateKind kind, long id) {
    try {
      switch (kind) {
        case REGISTRATION -> {
          var other = registrations.get(caller.get(), id);
          return new ConflictsPanel.Candidate(
              owner.getTranslation(
                  "registration.candidate.registration.label",
                  orDash(other.getNumber()),
                  orDash(other.getCustomer().getName()),
                  partner(other.getPartnerCompanyId()),
                  owner.getTranslation(RegistrationTexts.statusKey(other.getStatus()))),
              other.getId());
        }
        case CUSTOMER -> {
          var customer = customers.get(caller.get(), id);
          return new ConflictsPanel.Candidate(
              owner.getTranslation(
                  "registration.candidate.customer.label",
                  customer.getName(),
                  orDash(customer.getMasterDataNumber())),
              null);
        }
        case DIRECT_OPPORTUNITY -> {
          var opportunity = directOpportunities.get(caller.get(), id);
          return new ConflictsPanel.Candidate(
              owner.getTranslation(
                  "registration.candidate.direct-opportunity.label",
                  orDash(opportunity.getTitle()),
                  orDash(opportunity.getCustomer().getName()),
                  opportunity.getOwner()),
              null);
        }
      }
    } catch (RecordNotFound | AccessDenied outsideScope) {
      // fall through: the kind and the score still show
    }
    return new ConflictsPanel.Candidate(
        owner.getTranslation("registration.candidate.unknown", id), null);
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
