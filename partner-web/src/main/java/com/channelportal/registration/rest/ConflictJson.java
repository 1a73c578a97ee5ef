package com.channelportal.registration.rest;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.RegistrationConflict;
import jakarta.json.JsonArray;
import java.io.StringReader;

/**
 * A conflict found at submission. The reasons are the matcher's, as stored: an array of {@code
 * {"code": "USCC_EQUAL", "weight": 0.95, "params": {"uscc": "…"}}}, the codes of {@code
 * MatchReason.Code}; clients translate them as the portal does.
 *
 * @param score 0 to 1 with three decimals, as a string like the amounts
 */
public record ConflictJson(
    CandidateKind candidateKind,
    long candidateId,
    String score,
    JsonArray reasons,
    String foundAt) {

  static ConflictJson of(RegistrationConflict conflict) {
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(conflict.getReasons()))) {
      return new ConflictJson(
          conflict.getCandidateKind(),
          conflict.getCandidateId(),
          conflict.getScore().toPlainString(),
          reader.readArray(),
          RegistrationJson.utc(conflict.getFoundAt()));
    }
  }
}
