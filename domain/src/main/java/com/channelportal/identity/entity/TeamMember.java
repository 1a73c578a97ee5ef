package com.channelportal.identity.entity;

import java.util.Objects;

/**
 * A member of a distributor's Keycloak organization as the team rules see it: enough to decide who
 * may change whom, nothing of the person's profile.
 *
 * @param id the Keycloak user id
 * @param admin holds the {@code partner-admin} role
 * @param enabled can sign in; a disabled admin keeps the role but cannot act, so does not count
 */
public record TeamMember(
    String id, String username, String organizationAlias, boolean admin, boolean enabled) {

  public TeamMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(organizationAlias, "organizationAlias");
  }

  /** Someone who can still manage the team. */
  public boolean isActiveAdmin() {
    return admin && enabled;
  }
}
