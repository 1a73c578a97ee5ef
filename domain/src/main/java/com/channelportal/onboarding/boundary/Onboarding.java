package com.channelportal.onboarding.boundary;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.identity.control.OrganizationDirectory;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryConflict;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import com.channelportal.identity.control.TeamMember;
import com.channelportal.identity.entity.PersonName;
import com.channelportal.identity.entity.Role;
import com.channelportal.onboarding.control.OrganizationAliases;
import com.channelportal.onboarding.control.UniqueKeys;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.ProgrammeRules;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import com.channelportal.partner.entity.PartnerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * The steps of an approval that make a tenant: the organization in Keycloak, the partner company
 * that mirrors it, the invitation of the applicant as its first partner admin. Runs in the
 * approving transaction.
 */
@ApplicationScoped
public class Onboarding {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * Resolved on use, not at deployment: the Keycloak implementation is a separate piece, and a
   * deployment without it (e.g. an integration test's) must still start.
   */
  @Inject Instance<OrganizationDirectory> directories;

  /** Checks the terms before anything is created. */
  Approval validTerms(Approval approval) {
    if (approval.tier() == null) {
      throw new InvalidField("tier", "tier.REQUIRED", "tier: required");
    }
    var manager = approval.channelManager();
    if (manager == null || manager.isBlank()) {
      return new Approval(approval.tier(), null);
    }
    manager = manager.strip();
    if (!ProgrammeRules.USERNAME.matcher(manager).matches()) {
      throw new InvalidField("channelManager", "channelManager.FORMAT", "channelManager: format");
    }
    return new Approval(approval.tier(), manager);
  }

  /** The organization (reused if a rolled-back approval already made it) and its company row. */
  PartnerCompany createCompany(PartnerApplication application, Approval terms) {
    var domain = application.getEmailDomain();
    var alias = OrganizationAliases.choose(domain, takenAliases(OrganizationAliases.base(domain)));
    var organizationId =
        directory().ensureOrganization(alias, application.getCompanyName(), domain);
    var programme =
        new Programme(
            application.getCompanyName(),
            application.getUscc(),
            application.getRegion(),
            terms.tier(),
            PartnerStatus.ACTIVE,
            terms.channelManager(),
            false);
    var company =
        PartnerCompany.onboarded(
            alias, organizationId, programme, contactOf(application), LocalDateTime.now(clock));
    em.persist(company);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, Duplicates.COMPANY_USCC_KEY)) {
        throw Duplicates.duplicate(ApplicationForm.USCC);
      }
      throw e;
    }
    return company;
  }

  /** Invites the applicant; an address that belongs to another organization is refused. */
  TeamMember inviteAdmin(PartnerCompany company, PartnerApplication application) {
    var invitee =
        new Invitee(
            application.getEmail(),
            application.getFamilyName(),
            application.getGivenName(),
            application.getLanguage());
    try {
      return directory()
          .invite(
              company.getKeycloakOrganizationId(),
              company.getOrganizationAlias(),
              invitee,
              Role.PARTNER_ADMIN);
    } catch (DirectoryConflict conflict) {
      throw new InvalidField(
          ApplicationForm.EMAIL,
          ApplicationForm.EMAIL + ".TAKEN",
          "email: " + conflict.getMessage());
    }
  }

  /** The base and its numbered variants in use, and the brand's own organization. */
  private Set<String> takenAliases(String base) {
    var taken =
        new HashSet<>(
            em.createQuery(
                    "select c.organizationAlias from PartnerCompany c"
                        + " where c.organizationAlias = :base or c.organizationAlias like :numbered",
                    String.class)
                .setParameter("base", base)
                .setParameter("numbered", base + "-%")
                .getResultList());
    taken.add(PartnerCompanies.BRAND_ALIAS);
    return taken;
  }

  private static Contact contactOf(PartnerApplication application) {
    var family = application.getFamilyName();
    var given = application.getGivenName();
    var name = new PersonName(given, family, given + " " + family).display().orElseThrow();
    return new Contact(name, application.getPhone(), application.getEmail());
  }

  private OrganizationDirectory directory() {
    if (directories.isUnsatisfied()) {
      throw new IllegalStateException("No OrganizationDirectory is deployed; approvals need one");
    }
    return directories.get();
  }
}
