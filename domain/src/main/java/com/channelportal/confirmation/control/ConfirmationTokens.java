package com.channelportal.confirmation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a confirmation link: 256 random bits as 43 URL-safe characters. Only its SHA-256 is
 * stored; a plain hash suffices (no salt, no slow hash) because the token is random and long, not a
 * password someone could guess from a list.
 */
public final class ConfirmationTokens {

  public static final int BYTES = 32;

  /** Base64url without padding of {@link #BYTES} bytes. */
  public static final int LENGTH = 43;

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConfirmationTokens() {}

  public static String newToken() {
    var bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether it can be a token at all; anything else is answered like an unknown token. */
  public static boolean wellFormed(String candidate) {
    return candidate != null && FORM.matcher(candidate).matches();
  }

  /** Lower-case hex SHA-256 of the token's ASCII characters. */
  public static String hash(String token) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
