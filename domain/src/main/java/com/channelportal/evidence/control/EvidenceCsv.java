package com.channelportal.evidence.control;

import com.channelportal.base.control.CsvTable;
import com.channelportal.evidence.entity.EvidenceDocument;
import com.channelportal.evidence.entity.EvidenceRow;
import java.util.List;

/**
 * Dispute evidence as CSV: one row per fact, written by {@link CsvTable} (UTF-8 with a byte-order
 * mark, formulas defused, since the evidence quotes text that partners and customers typed).
 */
public final class EvidenceCsv {

  public static final String MEDIA_TYPE = CsvTable.MEDIA_TYPE;

  private EvidenceCsv() {}

  public static byte[] bytes(EvidenceDocument document) {
    return CsvTable.bytes(EvidenceRow.COLUMNS, rows(document));
  }

  public static String text(EvidenceDocument document) {
    return CsvTable.text(EvidenceRow.COLUMNS, rows(document));
  }

  private static List<List<String>> rows(EvidenceDocument document) {
    return document.rows().stream().map(EvidenceRow::cells).toList();
  }
}
