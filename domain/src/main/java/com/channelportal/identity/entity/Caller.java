package com.channelportal.identity.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, resolved once per request from the verified token or OIDC session. Every boundary
 * takes its tenant scope from here, never from request parameters.
 *
 * <p>A partner belongs to exactly one organization (its distributor). Brand staff belong to the
 * brand organization; their wider scope comes from their roles, not from "having no organization":
 * a caller without organization and without a brand role sees nothing.
 */
public record Caller(
    String subject,
    String username,
    String displayName,
    @Nullable String email,
    @Nullable String organization,
    Set<Role> roles) {

  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * Builds a caller from raw token claims. Unknown role names (Keycloak's default roles such as
   * {@code offline_access}) are dropped. A partner token must name exactly one organization: with
   * several the tenant would be ambiguous, so none is taken.
   */
  public static Caller fromClaims(
      String subject,
      @Nullable String username,
      PersonName name,
      @Nullable String email,
      Collection<String> organizations,
      Collection<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groups.forEach(g -> Role.byName(g).ifPresent(roles::add));
    String user = username == null || username.isBlank() ? subject : username;
    String display = name.display().orElse(user);
    String organization = organizations.size() == 1 ? List.copyOf(organizations).get(0) : null;
    return new Caller(subject, user, display, email, organization, roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean isBrandStaff() {
    return roles.stream().anyMatch(Role::isBrand);
  }

  public boolean isPartner() {
    return !isBrandStaff() && organization != null && hasRole(Role.PARTNER_USER);
  }

  public Optional<String> organizationAlias() {
    return Optional.ofNullable(organization);
  }
}
