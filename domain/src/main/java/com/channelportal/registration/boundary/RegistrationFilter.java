package com.channelportal.registration.boundary;

import com.channelportal.registration.entity.RegistrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a registration list is narrowed and ordered by. {@code text} matches the number and the
 * customer's name and USCC; {@code inactiveOnly} keeps the approved deals that went quiet (see
 * {@link DealLiveliness}).
 *
 * @param sort one of {@link RegistrationQueries#SORTABLE}; anything else sorts by the last change
 */
public record RegistrationFilter(
    @Nullable RegistrationStatus status,
    @Nullable String text,
    @Nullable String sort,
    boolean ascending,
    boolean inactiveOnly) {

  /** Everything, most recently changed first. */
  public static final RegistrationFilter NONE = new RegistrationFilter(null, null, null, false);

  public RegistrationFilter(
      @Nullable RegistrationStatus status,
      @Nullable String text,
      @Nullable String sort,
      boolean ascending) {
    this(status, text, sort, ascending, false);
  }

  public static RegistrationFilter of(RegistrationStatus status) {
    return new RegistrationFilter(status, null, null, false);
  }
}
