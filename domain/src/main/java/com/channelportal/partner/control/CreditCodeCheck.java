package com.channelportal.partner.control;

import java.util.Objects;

/**
 * The outcome of {@link UnifiedSocialCreditCode#check}: either the normalized code, ready to store,
 * or the first rule of GB 32100-2015 it breaks. Callers show the {@link Reason} translated and
 * point at the {@link Invalid#position()}, so a user who typed the letter O for the digit 0 sees
 * which character to fix instead of "invalid code".
 */
public sealed interface CreditCodeCheck {

  /** The input after {@link UnifiedSocialCreditCode#normalize}, valid or not. */
  String code();

  boolean isValid();

  /** A code that satisfies every rule; {@link #code()} is the canonical form to store and match. */
  record Valid(String code) implements CreditCodeCheck {

    public Valid {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public boolean isValid() {
      return true;
    }
  }

  /**
   * A code that breaks {@code reason}.
   *
   * @param position 1-based, as the standard counts positions; 0 when the reason concerns the code
   *     as a whole ({@link Reason#EMPTY}, {@link Reason#LENGTH})
   */
  record Invalid(String code, Reason reason, int position) implements CreditCodeCheck {

    public Invalid {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isValid() {
      return false;
    }
  }

  /** The rules in the order they are checked; only the first broken one is reported. */
  enum Reason {
    /** Nothing but whitespace, or nothing at all. */
    EMPTY,
    /** Not 18 characters. */
    LENGTH,
    /** A character outside {@code 0-9A-HJ-NPQRTUWXY}: I, O, S, V and Z are never used. */
    CHARACTER,
    /** Position 1 names no registration authority. */
    REGISTRATION_AUTHORITY,
    /** Position 2 is no organization type of the authority in position 1. */
    ORGANIZATION_TYPE,
    /** Positions 3–8, the administrative division of the registering office, are not digits. */
    DIVISION,
    /** Position 18 does not match the check character computed over positions 1–17. */
    CHECK_CHARACTER
  }
}
