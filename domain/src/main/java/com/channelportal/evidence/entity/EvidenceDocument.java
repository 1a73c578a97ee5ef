package com.channelportal.evidence.entity;

import java.util.List;

/**
 * A registration's dispute evidence as exported at one moment: what it claimed and when, what it
 * conflicts with, what the customer answered, and the audit entries about all of it with their
 * hashes, together with the audit chain's state at that moment.
 *
 * @param generatedAt in the brand's zone, with the zone named
 */
public record EvidenceDocument(
    String registrationNumber,
    String generatedAt,
    String generatedBy,
    ChainReport chain,
    List<EvidenceRow> rows) {

  public EvidenceDocument {
    rows = List.copyOf(rows);
  }

  public String fileName(String extension) {
    return "evidence-" + registrationNumber.replaceAll("[^A-Za-z0-9-]", "_") + "." + extension;
  }
}
