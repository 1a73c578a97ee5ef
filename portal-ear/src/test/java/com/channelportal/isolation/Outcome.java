package com.channelportal.isolation;

/** What a case must end in, decided from the code's access rule alone. */
enum Outcome {
  /** REST: 2xx (for GET); view: the view renders. */
  ALLOWED,
  /** REST: 403 or 404 as problem+json; view: the not-found page, which hides that it exists. */
  DENIED,
  /** No login: REST 401 as problem+json; view: redirect to the Keycloak login page. */
  LOGIN;

  /**
   * @param target the tenant whose object the request names (through a path parameter), or {@code
   *     null} when it names none: a persona passing the rule is still denied another tenant's
   *     object
   */
  static Outcome expected(AccessRule rule, Persona persona, Tenant target) {
    if (persona.anonymous() && rule.kind() != AccessRule.Kind.ANONYMOUS) {
      return LOGIN;
    }
    if (!rule.admits(persona.roles())) {
      return DENIED;
    }
    if (target != null && !persona.sees(target)) {
      return DENIED;
    }
    return ALLOWED;
  }

  /**
   * @param owner the one person whose object the request names, or {@code null}: everybody else is
   *     denied it, whatever their roles and tenants
   */
  static Outcome expected(AccessRule rule, Persona persona, Tenant target, Persona owner) {
    var outcome = expected(rule, persona, target);
    return outcome == ALLOWED && owner != null && !owner.equals(persona) ? DENIED : outcome;
  }
}
