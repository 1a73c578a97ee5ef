package com.channelportal.identity.security;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.PersonName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the {@link Caller} of the current request, once: from the verified bearer token for API
 * calls, or from the OIDC session of a browser. Views and resources ask this bean; they never read
 * claims themselves.
 */
@RequestScoped
public class CurrentCaller {

  @Inject HttpServletRequest request;

  @Inject Instance<OpenIdContext> openIdContext;

  private Caller caller;

  /** The authenticated caller; fails if the request is anonymous (the container prevents that). */
  public Caller get() {
    if (caller == null) {
      caller = resolve().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
    }
    return caller;
  }

  public Optional<Caller> find() {
    return caller != null ? Optional.of(caller) : resolve().map(c -> caller = c);
  }

  private Optional<Caller> resolve() {
    var principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    if (principal instanceof TokenPrincipal token) {
      return Optional.of(token.caller());
    }
    return fromSession();
  }

  private Optional<Caller> fromSession() {
    OpenIdContext context = openIdContext.get();
    if (context.getAccessToken() == null || context.getIdentityToken() == null) {
      return Optional.empty();
    }
    JwtClaims access =
        context.getAccessToken().isJWT() ? context.getAccessToken().getJwtClaims() : JwtClaims.NONE;
    JwtClaims id = context.getIdentityToken().getJwtClaims();
    return Optional.of(
        Caller.fromClaims(
            context.getSubject(),
            string(id, access, "preferred_username"),
            new PersonName(
                string(id, access, "given_name"),
                string(id, access, "family_name"),
                string(id, access, "name")),
            string(id, access, "email"),
            list(access, id, "organization"),
            list(access, id, "groups")));
  }

  private static String string(JwtClaims first, JwtClaims second, String name) {
    return first.getStringClaim(name).or(() -> second.getStringClaim(name)).orElse(null);
  }

  private static List<String> list(JwtClaims first, JwtClaims second, String name) {
    var values = first.getArrayStringClaim(name);
    return values.isEmpty() ? second.getArrayStringClaim(name) : values;
  }
}
