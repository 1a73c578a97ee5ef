package com.channelportal.partner.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.identity.control.EmailDomains;
import com.channelportal.identity.control.OrganizationDirectory;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import com.channelportal.identity.control.OrganizationDirectory.MemberProfile;
import com.channelportal.identity.control.PersonNames;
import com.channelportal.identity.control.TeamCheck;
import com.channelportal.identity.control.TeamMember;
import com.channelportal.identity.control.TeamRules;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A distributor's people: who they are, and the partner admin's (or a brand admin's) changes to
 * them. Membership and roles live in Keycloak; this boundary adds what Keycloak cannot know: the
 * caller's scope, the company's e-mail domains and the rule that a distributor keeps an enabled
 * admin.
 *
 * <p>Every change locks the company's row first. Two admins demoting each other at the same moment
 * would otherwise both see the other as the remaining admin and leave the company with none; with
 * the lock, the second one reads the team after the first change.
 */
@Stateless
public class Teams {

  public static final String LAST_ADMIN = "team.LAST_ADMIN";
  public static final String COMPANY_NOT_ACTIVE = "team.COMPANY_NOT_ACTIVE";
  public static final String NO_ORGANIZATION = "team.NO_ORGANIZATION";

  /** Every code a {@link RuleViolation} from this boundary carries, for translation checks. */
  public static final List<String> RULE_CODES =
      List.of(LAST_ADMIN, COMPANY_NOT_ACTIVE, NO_ORGANIZATION);

  static final String MEMBER = "Member";

  /** The audit subject: a Keycloak user, by id (the log keeps no names or addresses). */
  static final String USER = "user";

  static final int NAME_MAX_LENGTH = 100;
  static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

  @PersistenceContext EntityManager em;

  @Inject Partners partners;

  @Inject OrganizationDirectory directory;

  @Inject AuditLog audit;

  /** The team as anyone who may see the company sees it: brand staff in scope, its own people. */
  public List<MemberProfile> members(Caller caller, long partnerId) {
    var company = partners.get(caller, partnerId);
    return directory.members(organizationId(company), company.getOrganizationAlias()).stream()
        .sorted(
            Comparator.comparing((MemberProfile m) -> !m.member().admin())
                .thenComparing(m -> m.member().username()))
        .collect(Collectors.toList());
  }

  public MemberProfile member(Caller caller, long partnerId, String userId) {
    var company = partners.get(caller, partnerId);
    return directory
        .member(organizationId(company), company.getOrganizationAlias(), userId)
        .orElseThrow(() -> new RecordNotFound(MEMBER, userId));
  }

  /** Invites a colleague; the address must be on one of the company's domains and not free mail. */
  public MemberProfile invite(Caller caller, long partnerId, Invitee invitee, boolean admin) {
    var company = lockedCompany(caller, partnerId);
    require(TeamRules.mayInvite(caller, company.getOrganizationAlias()));
    if (company.getStatus() != PartnerStatus.ACTIVE) {
      throw new RuleViolation(
          COMPANY_NOT_ACTIVE,
          "Only an active partner invites people; this one is " + company.getStatus());
    }
    var valid = validInvitee(invitee);
    var organizationId = organizationId(company);
    var check =
        EmailDomains.mayInvite(
            valid.email(),
            directory.organizationDomains(organizationId),
            company.isForeignEmailAllowed());
    if (!check.isOk()) {
      throw new InvalidField(
          "email",
          "email." + check.name(),
          "The address cannot be invited: "
              + check.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    var role = admin ? Role.PARTNER_ADMIN : Role.PARTNER_USER;
    var member = directory.invite(organizationId, company.getOrganizationAlias(), valid, role);
    // audited after Keycloak's part: the first append holds the chain head until commit
    audit.append(
        caller,
        "member.invited",
        USER,
        member.id(),
        Map.of("partnerCompanyId", partnerId, "role", role.roleName()));
    return directory
        .member(organizationId, company.getOrganizationAlias(), member.id())
        .orElseThrow(() -> new RecordNotFound(MEMBER, member.id()));
  }

  public MemberProfile changeRole(Caller caller, long partnerId, String userId, boolean admin) {
    var company = lockedCompany(caller, partnerId);
    var team = team(company);
    var target = memberOf(team, userId);
    require(TeamRules.mayChangeRole(caller, target, admin, team));
    if (target.admin() != admin) {
      directory.changeRole(userId, admin);
      audit.append(
          caller,
          "member.role-changed",
          USER,
          userId,
          Map.of(
              "partnerCompanyId",
              partnerId,
              "role",
              (admin ? Role.PARTNER_ADMIN : Role.PARTNER_USER).roleName()));
    }
    return member(caller, partnerId, userId);
  }

  public MemberProfile setEnabled(Caller caller, long partnerId, String userId, boolean enabled) {
    var company = lockedCompany(caller, partnerId);
    var team = team(company);
    var target = memberOf(team, userId);
    require(
        enabled
            ? TeamRules.mayReactivate(caller, target)
            : TeamRules.mayDeactivate(caller, target, team));
    if (target.enabled() != enabled) {
      directory.setEnabled(userId, enabled);
      audit.append(
          caller,
          enabled ? "member.reactivated" : "member.deactivated",
          USER,
          userId,
          Map.of("partnerCompanyId", partnerId));
    }
    return member(caller, partnerId, userId);
  }

  private PartnerCompany lockedCompany(Caller caller, long partnerId) {
    var company = partners.get(caller, partnerId);
    em.lock(company, LockModeType.PESSIMISTIC_WRITE);
    return company;
  }

  private List<TeamMember> team(PartnerCompany company) {
    return directory.members(organizationId(company), company.getOrganizationAlias()).stream()
        .map(MemberProfile::member)
        .collect(Collectors.toList());
  }

  private static TeamMember memberOf(List<TeamMember> team, String userId) {
    return team.stream()
        .filter(m -> m.id().equals(userId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFound(MEMBER, userId));
  }

  /**
   * Companies mirrored from the realm before the portal created organizations itself have no id
   * yet; it is looked up once by alias and kept.
   */
  private String organizationId(PartnerCompany company) {
    var id = company.getKeycloakOrganizationId();
    if (id != null) {
      return id;
    }
    var found =
        directory
            .organizationId(company.getOrganizationAlias())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        NO_ORGANIZATION,
                        "The partner has no organization in the identity provider yet"));
    company.linkOrganization(found);
    return found;
  }

  private static void require(TeamCheck check) {
    switch (check) {
      case OK:
        return;
      case LAST_ADMIN:
        throw new RuleViolation(
            LAST_ADMIN, "The company would be left without an enabled partner admin");
      default:
        throw new AccessDenied(
            "Only the company's partner admins or a brand admin manage its team");
    }
  }

  static Invitee validInvitee(Invitee invitee) {
    var email = invitee.email() == null ? "" : invitee.email().strip();
    if (EmailDomains.domainOf(email).isEmpty()
        || email.length() > PartnerCompany.EMAIL_MAX_LENGTH) {
      throw new InvalidField("email", "email.INVALID_ADDRESS", "Not a valid e-mail address");
    }
    var family = name("familyName", invitee.familyName());
    var given = name("givenName", invitee.givenName());
    var language = invitee.language() == null ? "zh-CN" : invitee.language();
    if (!LANGUAGES.contains(language)) {
      throw new InvalidField("language", "language.UNSUPPORTED", "Language must be zh-CN or en");
    }
    return new Invitee(email.toLowerCase(Locale.ROOT), family, given, language);
  }

  private static String name(String field, String value) {
    var name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      throw new InvalidField(field, field + ".REQUIRED", field + " is required");
    }
    if (name.length() > NAME_MAX_LENGTH) {
      throw new InvalidField(
          field, field + ".TOO_LONG", field + " is longer than " + NAME_MAX_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidField(
          field, field + ".CONTROL_CHARACTER", field + " contains control characters");
    }
    if (PersonNames.hasProhibitedCharacter(name)) {
      throw new InvalidField(
          field,
          field + ".CHARACTER",
          field + " contains a character not allowed in names: " + PersonNames.PROHIBITED);
    }
    return name;
  }
}
