package com.channelportal.direct.rest;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.direct.entity.DirectOpportunityConflict;
import com.channelportal.matching.entity.CandidateKind;
import jakarta.json.JsonArray;
import java.io.StringReader;

/**
 * A record the opportunity's customer may be, as the registrations' conflicts are given: candidate
 * kind and id, score 0..1 as a string, the matcher's reasons as codes with named params.
 */
public record DirectConflictJson(
    CandidateKind candidateKind,
    long candidateId,
    String score,
    JsonArray reasons,
    String foundAt) {

  static DirectConflictJson of(DirectOpportunityConflict conflict) {
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(conflict.getReasons()))) {
      return new DirectConflictJson(
          conflict.getCandidateKind(),
          conflict.getCandidateId(),
          conflict.getScore().toPlainString(),
          reader.readArray(),
          DirectOpportunityJson.utc(conflict.getFoundAt()));
    }
  }
}
