package com.channelportal.matching.entity;

import java.util.Objects;

/**
 * A record a new claim is checked against.
 *
 * @param id the record's id in its own feature, opaque to matching
 */
public record Candidate(String id, CandidateKind kind, MatchSubject subject) {

  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }
}
