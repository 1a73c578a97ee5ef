package com.channelportal.confirmation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ConfirmationTokensTest {

  @Test
  void aTokenCarries256RandomBitsInUrlSafeCharacters() {
    var token = ConfirmationTokens.newToken();

    assertThat(token).hasSize(ConfirmationTokens.LENGTH).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    assertThat(ConfirmationTokens.wellFormed(token)).isTrue();
  }

  @Test
  void tokensDoNotRepeat() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(ConfirmationTokens.newToken())).isTrue();
    }
  }

  @Test
  void onlyTheSha256OfTheTokenIsKeptAndItDiffersForAnyOtherToken() {
    var token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    // sha256 of 43 × "A", computed independently with sha256sum
    assertThat(ConfirmationTokens.hash(token))
        .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    assertThat(ConfirmationTokens.hash(token))
        .hasSize(64)
        .matches("[0-9a-f]+")
        .doesNotContain(token);
    assertThat(ConfirmationTokens.hash(token.substring(1) + "B"))
        .isNotEqualTo(ConfirmationTokens.hash(token));
  }

  @Test
  void anythingButA43CharacterUrlSafeStringIsNoToken() {
    assertThat(ConfirmationTokens.wellFormed("")).isFalse();
    assertThat(ConfirmationTokens.wellFormed(null)).isFalse();
    assertThat(ConfirmationTokens.wellFormed("A".repeat(42))).isFalse();
    assertThat(ConfirmationTokens.wellFormed("A".repeat(44))).isFalse();
    assertThat(ConfirmationTokens.wellFormed("A".repeat(42) + "/")).isFalse();
    assertThat(ConfirmationTokens.wellFormed("A".repeat(42) + "=")).isFalse();
    assertThat(ConfirmationTokens.wellFormed("' OR 1=1 --" + "A".repeat(32))).isFalse();
  }
}
