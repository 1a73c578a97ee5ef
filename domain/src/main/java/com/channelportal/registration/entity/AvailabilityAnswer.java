package com.channelportal.registration.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the blind availability check tells a partner about a customer, and nothing more: never who
 * protects it or which opportunity the brand has. Pending claims (submitted, under review) are not
 * protection yet, so they answer {@link Free}: the conflict check at submission still sees them.
 */
public sealed interface AvailabilityAnswer {

  Kind kind();

  enum Kind {
    FREE,
    PROTECTED_UNTIL,
    SERVED_BY_BRAND
  }

  /** Nobody holds a claim on it, as far as the check can tell. */
  record Free() implements AvailabilityAnswer {
    @Override
    public Kind kind() {
      return Kind.FREE;
    }
  }

  /** An approved registration protects it through {@code date} (brand time zone), inclusive. */
  record ProtectedUntil(LocalDate date) implements AvailabilityAnswer {

    public ProtectedUntil {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.PROTECTED_UNTIL;
    }
  }

  /** The brand's own sales team has an open opportunity with it. */
  record ServedByBrand() implements AvailabilityAnswer {
    @Override
    public Kind kind() {
      return Kind.SERVED_BY_BRAND;
    }
  }
}
