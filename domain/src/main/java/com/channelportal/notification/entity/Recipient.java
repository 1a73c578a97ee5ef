package com.channelportal.notification.entity;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person to notify, as the identity provider knows them.
 *
 * @param subject the Keycloak user id, the token's {@code sub}
 * @param email {@code null} if they have none: they get the portal notification only
 * @param language the language of their texts
 */
public record Recipient(
    String subject, String username, @Nullable String email, Locale language, Audience audience) {

  public Recipient {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(audience, "audience");
  }
}
