package com.channelportal.isolation;

import com.channelportal.support.KeycloakTokens.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bearer tokens of the personas, fetched once and renewed well before Keycloak's default lifespan
 * of five minutes runs out, since a long matrix may outlive a token.
 */
final class PersonaTokens implements Function<Persona, String> {

  private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

  private record Token(String value, Instant fetched) {}

  private final TestClient client;
  private final Map<Persona, Token> tokens = new ConcurrentHashMap<>();

  PersonaTokens(TestClient client) {
    this.client = client;
  }

  @Override
  public String apply(Persona persona) {
    var now = Instant.now();
    return tokens
        .compute(
            persona,
            (p, token) ->
                token == null || token.fetched().plus(RENEW_AFTER).isBefore(now)
                    ? new Token(client.accessToken(p.username()), now)
                    : token)
        .value();
  }
}
