package com.channelportal.identity.control;

import com.channelportal.identity.entity.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who people are, for telling them something: the identity provider's accounts with their e-mail
 * address and language. Read only; enabled people only, and never service accounts, which nobody
 * reads notifications for.
 */
public interface PeopleDirectory {

  /** The account with this username, if it exists in the partners realm and can sign in. */
  Optional<Person> person(String username);

  /** The enabled partner admins of the organization with this alias. */
  List<Person> organizationAdmins(String organizationAlias);

  /** Everyone enabled who holds the realm role directly (brand roles are granted directly). */
  List<Person> withRole(Role role);

  /**
   * @param id the Keycloak user id, the {@code sub} of their tokens
   * @param locale Keycloak's {@code locale} attribute, e.g. {@code zh-CN}
   */
  record Person(String id, String username, @Nullable String email, @Nullable String locale) {}
}
