package com.channelportal.confirmation.entity;

import org.jspecify.annotations.Nullable;

/**
 * Whom the partner asks, and in which language: {@code zh-CN} (the default) or {@code en}.
 *
 * @param email the customer contact's address
 * @param name how the e-mail addresses them; optional
 */
public record ConfirmationForm(
    @Nullable String email, @Nullable String name, @Nullable String language) {

  public static final String EMAIL = "email";
  public static final String NAME = "name";
  public static final String LANGUAGE = "language";
}
