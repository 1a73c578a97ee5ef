package com.channelportal.dealteam.boundary;

import com.channelportal.dealteam.control.Side;
import com.channelportal.identity.control.OrganizationDirectory;
import com.channelportal.identity.entity.Role;
import com.channelportal.notification.control.PeopleCache;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which side of a deal people are on, by the identity provider: the owning company's enabled
 * members are its partner side; brand admins, brand sales and the company's channel manager its
 * brand side (the same people {@code RegistrationScope} lets read it). Everyone else who exists is
 * an outsider. Asked once per change for all names at once: one call for the company's members.
 */
@ApplicationScoped
public class DealReaders {

  @PersistenceContext EntityManager em;

  @Inject PeopleCache people;

  @Inject OrganizationDirectory organizations;

  public Side side(Registration deal, String username) {
    return sides(deal, Set.of(username)).get(username);
  }

  public Map<String, Side> sides(Registration deal, Collection<String> usernames) {
    var result = new LinkedHashMap<String, Side>();
    if (usernames.isEmpty()) {
      return result;
    }
    var company = em.find(PartnerCompany.class, deal.getPartnerCompanyId());
    var partners = partnerUsernames(deal.getOrganizationAlias());
    var brand = brandReaders(company.getChannelManager());
    for (var username : usernames) {
      if (partners.contains(username)) {
        result.put(username, Side.PARTNER);
      } else if (people.person(username).isEmpty()) {
        result.put(username, Side.UNKNOWN);
      } else {
        result.put(username, brand.contains(username) ? Side.BRAND : Side.OUTSIDER);
      }
    }
    return result;
  }

  private Set<String> partnerUsernames(String alias) {
    return organizations
        .organizationId(alias)
        .map(
            id ->
                organizations.members(id, alias).stream()
                    .filter(m -> m.member().enabled())
                    .map(m -> m.member().username())
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private Set<String> brandReaders(@Nullable String channelManager) {
    var brand =
        people.withRole(Role.BRAND_ADMIN).stream()
            .map(p -> p.username())
            .collect(Collectors.toSet());
    people.withRole(Role.BRAND_SALES).forEach(p -> brand.add(p.username()));
    if (channelManager != null) {
      brand.add(channelManager);
    }
    return brand;
  }
}
