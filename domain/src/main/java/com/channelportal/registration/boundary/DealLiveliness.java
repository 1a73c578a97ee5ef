package com.channelportal.registration.boundary;

import com.channelportal.registration.entity.Registration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How lively approved deals are, as the deal timeline (feature {@code followup}) keeps it. An
 * interface here and implemented there, so that registration lists filter and show the inactive
 * flag without this feature depending on the timeline (which depends on it).
 */
public interface DealLiveliness {

  /**
   * A deal's last sign of life and whether it counts as inactive now.
   *
   * @param lastActivityAt UTC; absent before the first shared activity
   */
  record Pulse(@Nullable LocalDateTime lastActivityAt, boolean inactive) {

    public static final Pulse QUIET = new Pulse(null, false);
  }

  /**
   * A JPQL condition on the registration {@code r} with its parameters, added to a list's WHERE
   * clause; the parameter names are the implementation's and do not collide with the list's.
   */
  record Condition(String jpql, Map<String, Object> parameters) {}

  /** Holds for the approved deals that count as inactive at {@code nowUtc}. */
  Condition inactive(LocalDateTime nowUtc);

  /**
   * The pulse of each of the registrations, by id; deals that are not approved are not inactive.
   */
  Map<Long, Pulse> of(Collection<Registration> registrations, LocalDateTime nowUtc);
}
