package com.channelportal.bench;

import com.channelportal.support.KeycloakTokens.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens per user, renewed well before Keycloak's default lifespan of five minutes runs out:
 * loading a million records and measuring takes longer than one token lives.
 */
final class Tokens {

  private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

  private record Token(String value, Instant fetched) {}

  private final TestClient client;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  Tokens(TestClient client) {
    this.client = client;
  }

  String get(String user) {
    var now = Instant.now();
    return tokens
        .compute(
            user,
            (u, token) ->
                token == null || token.fetched().plus(RENEW_AFTER).isBefore(now)
                    ? new Token(client.accessToken(u), now)
                    : token)
        .value();
  }
}
