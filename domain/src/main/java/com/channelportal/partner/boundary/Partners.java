package com.channelportal.partner.boundary;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.control.PartnerScope;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Partner companies as each caller may see and change them. Every query goes through the caller's
 * {@link PartnerScope}; a company outside it is "not found", never "forbidden", so that ids of
 * other tenants cannot be probed.
 */
@Stateless
public class Partners {

  static final String WHAT = "Partner";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject PartnerQueries queries;

  @Inject ProgrammeRules programmeRules;

  public List<PartnerCompany> list(Caller caller, PartnerFilter filter, int offset, int limit) {
    return queries.list(PartnerScope.of(caller), filter, offset, limit);
  }

  public long count(Caller caller, PartnerFilter filter) {
    return queries.count(PartnerScope.of(caller), filter);
  }

  public PartnerCompany get(Caller caller, long id) {
    return queries
        .find(PartnerScope.of(caller), id)
        .orElseThrow(() -> new RecordNotFound(WHAT, id));
  }

  /** Brand admins and the partner's own admins keep the contact up to date. */
  public PartnerCompany changeContact(Caller caller, long id, long version, Contact contact) {
    var company = lockedForChange(caller, id, version);
    boolean ownAdmin =
        caller.hasRole(Role.PARTNER_ADMIN)
            && caller.organizationAlias().orElse("").equals(company.getOrganizationAlias());
    if (!ownAdmin && !caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only the partner's admins or a brand admin change its contact");
    }
    company.changeContact(programmeRules.validContact(contact), LocalDateTime.now(clock));
    return flushed(company);
  }

  /** Identity, tier, status and channel manager are the brand admin's decision. */
  public PartnerCompany changeProgramme(Caller caller, long id, long version, Programme programme) {
    var company = lockedForChange(caller, id, version);
    applyProgramme(caller, company, programme, LocalDateTime.now(clock));
    return flushed(company);
  }

  /** The brand admin's edit form changes programme and contact in one step. */
  public PartnerCompany changeProfile(
      Caller caller, long id, long version, Programme programme, Contact contact) {
    var company = lockedForChange(caller, id, version);
    var now = LocalDateTime.now(clock);
    applyProgramme(caller, company, programme, now);
    company.changeContact(programmeRules.validContact(contact), now);
    return flushed(company);
  }

  private void applyProgramme(
      Caller caller, PartnerCompany company, Programme programme, LocalDateTime now) {
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand admins change a partner's programme");
    }
    company.changeProgramme(programmeRules.validProgramme(company, programme), now);
  }

  private PartnerCompany lockedForChange(Caller caller, long id, long version) {
    var company = get(caller, id);
    if (company.getVersion() != version) {
      throw new StaleRecord(WHAT, id, company.getVersion());
    }
    return company;
  }

  private PartnerCompany flushed(PartnerCompany company) {
    try {
      em.flush();
      return company;
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, company.getId(), company.getVersion());
    }
  }
}
