package com.channelportal.matching.entity;

import java.util.List;
import java.util.Objects;

/**
 * A candidate that may be the same company as the probe.
 *
 * @param score 0..1, how sure matching is that both name the same customer; see {@code
 *     ConflictMatcher} for how it is made of the reasons' weights
 * @param reasons the evidence for and against, strongest first
 */
public record Match(Candidate candidate, double score, List<MatchReason> reasons) {

  public Match {
    Objects.requireNonNull(candidate, "candidate");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside 0..1: " + score);
    }
    reasons = List.copyOf(reasons);
  }

  public boolean hasReason(MatchReason.Code code) {
    return reasons.stream().anyMatch(reason -> reason.code() == code);
  }
}
