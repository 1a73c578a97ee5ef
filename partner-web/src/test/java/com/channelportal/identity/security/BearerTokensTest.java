package com.channelportal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.entity.Role;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token rules without Keycloak: tokens are signed here with a key the verifier trusts, then
 * bent one rule at a time. The black-box tests check the same rules against the real Keycloak;
 * these cover what Keycloak will not issue on request (ID tokens for our audience, forged keys).
 */
class BearerTokensTest {

  private static final String ISSUER = "http://localhost:8180/realms/partners";
  private static final String AUDIENCE = "partner-portal";

  private static RSAKey trusted;
  private static RSAKey stranger;

  private BearerTokens cut;

  @BeforeAll
  static void keys() throws Exception {
    trusted = new RSAKeyGenerator(2048).keyID("trusted").generate();
    stranger = new RSAKeyGenerator(2048).keyID("trusted").generate();
  }

  @BeforeEach
  void verifier() {
    cut = new BearerTokens();
    cut.configure(new ImmutableJWKSet<>(new JWKSet(trusted.toPublicJWK())), ISSUER, AUDIENCE);
  }

  @Test
  void validAccessTokenGivesTheCaller() throws Exception {
    var principal = cut.verify(sign(trusted, claims(b -> b)));

    assertThat(principal).isPresent();
    var caller = principal.get().caller();
    assertThat(caller.username()).isEqualTo("litai.user");
    assertThat(caller.displayName()).isEqualTo("王建新");
    assertThat(caller.organizationAlias()).contains("litai");
    assertThat(caller.roles()).containsExactly(Role.PARTNER_USER);
    assertThat(principal.get().groups()).contains("partner-user", "offline_access");
  }

  @Test
  void idTokenIsNotAnAccessToken() throws Exception {
    assertThat(cut.verify(sign(trusted, claims(b -> b.claim("typ", "ID"))))).isEmpty();
  }

  @Test
  void otherIssuerIsRefused() throws Exception {
    var other = claims(b -> b.issuer("http://localhost:8180/realms/brand-intranet"));
    assertThat(cut.verify(sign(trusted, other))).isEmpty();
  }

  @Test
  void otherAudienceIsRefused() throws Exception {
    assertThat(cut.verify(sign(trusted, claims(b -> b.audience("account"))))).isEmpty();
  }

  @Test
  void expiredBeyondTheSkewIsRefusedButWithinItAccepted() throws Exception {
    var now = Instant.now();
    var longGone = claims(b -> b.expirationTime(Date.from(now.minusSeconds(30))));
    var justGone = claims(b -> b.expirationTime(Date.from(now.minusSeconds(2))));

    assertThat(cut.verify(sign(trusted, longGone))).isEmpty();
    assertThat(cut.verify(sign(trusted, justGone))).isPresent();
  }

  @Test
  void tokenWithoutSubjectIsRefused() throws Exception {
    assertThat(cut.verify(sign(trusted, claims(b -> b.subject(null))))).isEmpty();
  }

  @Test
  void keyWithTheRightIdButTheWrongSecretIsRefused() throws Exception {
    assertThat(cut.verify(sign(stranger, claims(b -> b)))).isEmpty();
  }

  @Test
  void unsignedTokenIsRefused() {
    assertThat(cut.verify(new PlainJWT(claims(b -> b)).serialize())).isEmpty();
  }

  @Test
  void garbageIsRefused() {
    assertThat(cut.verify("not.a.token")).isEmpty();
    assertThat(cut.verify("")).isEmpty();
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    var now = Instant.now();
    var builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(List.of(AUDIENCE, "account"))
            .subject("3f1c0f9e-0000-4000-8000-000000000001")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("typ", "Bearer")
            .claim("preferred_username", "litai.user")
            .claim("given_name", "建新")
            .claim("family_name", "王")
            .claim("organization", List.of("litai"))
            .claim("groups", List.of("partner-user", "offline_access"));
    return change.apply(builder).build();
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    var jwt = new SignedJWT(header, claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
