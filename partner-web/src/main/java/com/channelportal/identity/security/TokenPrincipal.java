package com.channelportal.identity.security;

import com.channelportal.identity.entity.Caller;
import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;

/**
 * The principal of an API request authenticated by a bearer token. It carries the {@link Caller}
 * built from the token's verified claims, so nothing downstream parses the token again.
 */
public final class TokenPrincipal extends CallerPrincipal {

  private final Caller caller;
  private final Set<String> groups;

  TokenPrincipal(Caller caller, Set<String> groups) {
    super(caller.username());
    this.caller = caller;
    this.groups = Set.copyOf(groups);
  }

  public Caller caller() {
    return caller;
  }

  Set<String> groups() {
    return groups;
  }
}
