package com.channelportal.direct.boundary;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.matching.entity.CandidateKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Conflict detection as direct sales need it. Deal registration implements it with its matcher
 * ({@code registration.boundary.ClaimCheck}); an interface here because registration already
 * depends on direct sales (open opportunities are its candidates), and the features must not depend
 * on each other both ways.
 */
public interface ClaimFinder {

  /**
   * A record that may name the same customer.
   *
   * @param score 0 to 1, three decimals
   * @param reasons the matcher's reasons as JSON, as registrations store them
   */
  record Found(CandidateKind kind, long id, BigDecimal score, String reasons) {}

  /**
   * Brand customers, every partner's claims that still count and open direct opportunities that
   * match {@code customer} at the review threshold, best first.
   */
  List<Found> find(CustomerDetails customer, LocalDateTime atUtc);
}
