package com.channelportal.identity.control;

/**
 * What a person's name may contain. Keycloak's user profile refuses these characters in first and
 * last names (its person-name-prohibited-characters validator); every form that ends in a Keycloak
 * account checks them first, so the user gets a message at the field instead of a failed approval
 * or invitation later.
 */
public final class PersonNames {

  public static final String PROHIBITED = "<>&\"$%!#?§;*~/\\|^=[]{}()";

  private PersonNames() {}

  public static boolean hasProhibitedCharacter(String name) {
    return name.chars().anyMatch(c -> PROHIBITED.indexOf(c) >= 0);
  }
}
