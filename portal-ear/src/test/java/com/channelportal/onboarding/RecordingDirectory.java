package com.channelportal.onboarding;

import com.channelportal.identity.control.OrganizationDirectory;
import com.channelportal.identity.control.TeamMember;
import com.channelportal.identity.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keycloak as the onboarding IT needs it: records what the domain asks for and answers like the
 * real directory, idempotent by alias and e-mail address. Enabled only in the IT's archive; the
 * Keycloak implementation has its own tests against a running Keycloak.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class RecordingDirectory implements OrganizationDirectory {

  public record Organization(String id, String alias, String name, String emailDomain) {}

  public record Invitation(String organizationId, String alias, Invitee invitee, Role role) {}

  private final Map<String, Organization> organizations = new ConcurrentHashMap<>();
  private final List<Invitation> invitations = new CopyOnWriteArrayList<>();

  @Override
  public String ensureOrganization(String alias, String name, String emailDomain) {
    return organizations
        .computeIfAbsent(
            alias, a -> new Organization(UUID.randomUUID().toString(), a, name, emailDomain))
        .id();
  }

  @Override
  public TeamMember invite(
      String organizationId, String organizationAlias, Invitee invitee, Role role) {
    invitations.add(new Invitation(organizationId, organizationAlias, invitee, role));
    var userId = UUID.nameUUIDFromBytes(invitee.email().getBytes(StandardCharsets.UTF_8));
    return new TeamMember(
        userId.toString(), invitee.email(), organizationAlias, role == Role.PARTNER_ADMIN, true);
  }

  public Optional<Organization> organization(String alias) {
    return Optional.ofNullable(organizations.get(alias));
  }

  public List<Invitation> invitationsOf(String email) {
    return invitations.stream().filter(i -> i.invitee().email().equals(email)).toList();
  }

  @Override
  public Optional<String> organizationId(String alias) {
    return organization(alias).map(Organization::id);
  }

  @Override
  public List<String> organizationDomains(String organizationId) {
    throw new UnsupportedOperationException("not needed by onboarding");
  }

  @Override
  public List<MemberProfile> members(String organizationId, String organizationAlias) {
    throw new UnsupportedOperationException("not needed by onboarding");
  }

  @Override
  public Optional<MemberProfile> member(
      String organizationId, String organizationAlias, String userId) {
    throw new UnsupportedOperationException("not needed by onboarding");
  }

  @Override
  public void changeRole(String userId, boolean admin) {
    throw new UnsupportedOperationException("not needed by onboarding");
  }

  @Override
  public void setEnabled(String userId, boolean enabled) {
    throw new UnsupportedOperationException("not needed by onboarding");
  }
}
