package com.channelportal.evidence.entity;

import java.util.List;
import java.util.Objects;

/**
 * One line of a dispute-evidence document. Every section uses the same columns, so that the CSV is
 * one rectangular table a spreadsheet can filter by section.
 *
 * @param section registration, history, conflict, claim, claim-history, confirmation, audit, chain
 * @param record the registration number, or the kind and id of the record the line is about
 * @param time in the brand's zone with the offset and zone named; empty for a fact without time
 * @param item which field, step or action
 * @param value its value
 * @param detail a note, the reasons, a comment
 * @param hash an audit entry's hash (and its predecessor's), else empty
 */
public record EvidenceRow(
    String section,
    String record,
    String time,
    String item,
    String value,
    String detail,
    String hash) {

  public static final List<String> COLUMNS =
      List.of("section", "record", "time", "item", "value", "detail", "hash");

  public EvidenceRow {
    section = Objects.requireNonNullElse(section, "");
    record = Objects.requireNonNullElse(record, "");
    time = Objects.requireNonNullElse(time, "");
    item = Objects.requireNonNullElse(item, "");
    value = Objects.requireNonNullElse(value, "");
    detail = Objects.requireNonNullElse(detail, "");
    hash = Objects.requireNonNullElse(hash, "");
  }

  public List<String> cells() {
    return List.of(section, record, time, item, value, detail, hash);
  }
}
