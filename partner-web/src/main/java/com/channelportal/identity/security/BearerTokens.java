package com.channelportal.identity.security;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.PersonName;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies Keycloak access tokens for the API: signature against the realm's published keys
 * (cached, refetched on an unknown key id), exact issuer, our audience, expiry with 5 s skew, and
 * Keycloak's {@code typ=Bearer}. Without the last check an ID token, which also names our client as
 * audience, would pass as an access token.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
  private static final int CLOCK_SKEW_SECONDS = 5;

  @Inject OidcSettings settings;

  private DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    try {
      var keys =
          JWKSourceBuilder.<SecurityContext>create(URI.create(settings.getJwksUri()).toURL())
              .retrying(true)
              .build();
      configure(keys, settings.getProviderUri(), settings.getApiAudience());
    } catch (MalformedURLException e) {
      throw new IllegalStateException("Bad JWKS URL " + settings.getJwksUri(), e);
    }
  }

  /** The rules every API token must pass; package-private so tests can supply their own keys. */
  void configure(JWKSource<SecurityContext> keys, String issuer, String audience) {
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), keys));
    var verifier =
        new DefaultJWTClaimsVerifier<SecurityContext>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
            Set.of("sub", "exp", "iat"));
    verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(verifier);
  }

  /** The principal for a valid token; empty for anything else (the reason is logged at FINE). */
  public Optional<TokenPrincipal> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      var groups = new HashSet<>(strings(claims, "groups"));
      var caller =
          Caller.fromClaims(
              claims.getSubject(),
              claims.getStringClaim("preferred_username"),
              new PersonName(
                  claims.getStringClaim("given_name"),
                  claims.getStringClaim("family_name"),
                  claims.getStringClaim("name")),
              claims.getStringClaim("email"),
              strings(claims, "organization"),
              groups);
      return Optional.of(new TokenPrincipal(caller, groups));
    } catch (Exception rejected) {
      LOG.log(Level.FINE, "Bearer token rejected", rejected);
      return Optional.empty();
    }
  }

  private static List<String> strings(JWTClaimsSet claims, String name) throws ParseException {
    List<String> values = claims.getStringListClaim(name);
    return values == null ? List.of() : values;
  }
}
