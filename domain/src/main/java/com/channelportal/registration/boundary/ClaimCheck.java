package com.channelportal.registration.boundary;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.direct.boundary.ClaimFinder;
import com.channelportal.registration.control.ConflictReasons;
import com.channelportal.registration.control.MatchSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The conflict check of a submission, offered to direct sales: a brand opportunity is matched like
 * a partner's claim, against brand customers and every partner's claims, at the same threshold.
 */
@ApplicationScoped
public class ClaimCheck implements ClaimFinder {

  @Inject Candidates candidates;

  @Inject RegistrationSettings settings;

  @Override
  public List<Found> find(CustomerDetails customer, LocalDateTime atUtc) {
    var scope = new Candidates.Scope(true, null, settings.dayOf(atUtc));
    var threshold = ConflictReasons.rounded(settings.reviewThreshold());
    return candidates.matches(MatchSubjects.of(customer), scope).stream()
        .filter(m -> ConflictReasons.rounded(m.score()).compareTo(threshold) >= 0)
        .map(
            m ->
                new Found(
                    m.candidate().kind(),
                    Long.parseLong(m.candidate().id()),
                    ConflictReasons.rounded(m.score()),
                    ConflictReasons.json(m.reasons())))
        .toList();
  }
}
