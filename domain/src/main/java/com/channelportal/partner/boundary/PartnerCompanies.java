package com.channelportal.partner.boundary;

import com.channelportal.identity.entity.Caller;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.partner.entity.PartnerCompany;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The company a caller belongs to. Companies mirror Keycloak organizations: the first time a member
 * of an organization the portal does not know yet signs in, the company is recorded under the
 * organization's alias, so that every later record can point at a tenant row.
 */
@Stateless
public class PartnerCompanies {

  /** The organization that holds the brand's own staff in the partners realm. */
  public static final String BRAND_ALIAS = "brand";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Resource SessionContext context;

  /** The caller's own company; empty for a caller without organization. */
  public Optional<PartnerCompany> companyOf(Caller caller) {
    return caller.organizationAlias().map(this::mirror);
  }

  public Optional<PartnerCompany> byAlias(String alias) {
    return em.createNamedQuery(PartnerCompany.BY_ALIAS, PartnerCompany.class)
        .setParameter("alias", alias)
        .getResultStream()
        .findFirst();
  }

  /**
   * Finds or records the company of an organization. Two first logins at the same moment race on
   * the unique alias; the loser's insert fails in its own transaction and it reads the winner's.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PartnerCompany mirror(String alias) {
    return byAlias(alias).orElseGet(() -> insertOrRead(alias));
  }

  private PartnerCompany insertOrRead(String alias) {
    try {
      return self().insert(alias);
    } catch (RuntimeException raced) {
      return byAlias(alias).orElseThrow(() -> raced);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PartnerCompany insert(String alias) {
    CompanyKind kind = BRAND_ALIAS.equals(alias) ? CompanyKind.BRAND : CompanyKind.DISTRIBUTOR;
    var company = new PartnerCompany(alias, alias, kind, LocalDateTime.now(clock));
    em.persist(company);
    em.flush();
    return company;
  }

  private PartnerCompanies self() {
    return context.getBusinessObject(PartnerCompanies.class);
  }
}
