package com.channelportal.identity.control;

import com.channelportal.identity.entity.Role;
import com.channelportal.identity.entity.TeamMember;
import java.util.List;
import java.util.Optional;

/**
 * The identity provider's view of distributors: organizations and their people. The portal never
 * stores passwords or membership itself; Keycloak does (see {@code KeycloakDirectory}), and this
 * interface is the only way the domain changes them.
 *
 * <p>Every method that creates something is idempotent by its natural key (organization alias,
 * e-mail address), because the caller's database transaction may roll back after Keycloak has
 * already done its part: a retry must find and reuse what exists instead of failing or doubling it.
 */
public interface OrganizationDirectory {

  /**
   * Creates the organization, or returns the one with this alias.
   *
   * @param emailDomain the company's own registrable domain, registered on the organization so that
   *     Keycloak routes its people to the right tenant
   * @return the organization's id
   */
  String ensureOrganization(String alias, String name, String emailDomain);

  /**
   * Creates an enabled account for {@code invitee} with {@code role} as a member of the
   * organization (or reuses the account with that e-mail address if it already belongs to it), and
   * sends Keycloak's set-password e-mail in the invitee's language.
   *
   * @return the new member as the team rules see it
   * @throws DirectoryConflict if the address belongs to someone outside this organization
   */
  TeamMember invite(String organizationId, String organizationAlias, Invitee invitee, Role role);

  /** The organization's members with their role and whether they can sign in. */
  List<TeamMember> members(String organizationId, String organizationAlias);

  /** One member with profile details for display, if the user belongs to the organization. */
  Optional<MemberProfile> member(String organizationId, String organizationAlias, String userId);

  /** Grants or removes {@code partner-admin}; every member keeps {@code partner-user}. */
  void changeRole(String userId, boolean admin);

  /** Disables or re-enables the account; a disabled account's sessions end at once. */
  void setEnabled(String userId, boolean enabled);

  /** A person invited into an organization. */
  record Invitee(String email, String familyName, String givenName, String language) {}

  /** A member as the team page shows them. */
  record MemberProfile(
      TeamMember member,
      String email,
      String familyName,
      String givenName,
      boolean emailVerified) {}

  /** The directory refused a change because of data it holds (e.g. a taken e-mail address). */
  class DirectoryConflict extends RuntimeException {
    public DirectoryConflict(String message) {
      super(message);
    }
  }
}
