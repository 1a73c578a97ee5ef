package com.channelportal.identity.entity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's name as the identity provider gives it. Keycloak's {@code name} claim is always "given
 * family", which turns 王建新 into "建新 王"; Chinese names are written family name first and without a
 * space, so they are composed here instead.
 */
public record PersonName(
    @Nullable String givenName, @Nullable String familyName, @Nullable String fullName) {

  public Optional<String> display() {
    if (!blank(givenName) && !blank(familyName) && (isHan(givenName) || isHan(familyName))) {
      return Optional.of(familyName.strip() + givenName.strip());
    }
    if (!blank(fullName)) {
      return Optional.of(fullName.strip());
    }
    return Optional.empty();
  }

  private static boolean isHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
