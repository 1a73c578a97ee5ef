package com.channelportal.base.control;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV for spreadsheet programs (RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break in quotes, quotes doubled), UTF-8 with a byte-order mark so that Excel reads Chinese
 * text as such.
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with a single
 * quote: a spreadsheet would run it as a formula, and exports quote text that partners and
 * customers typed (CSV injection).
 */
public final class CsvTable {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
  private static final String BOM = "\uFEFF";

  private CsvTable() {}

  public static byte[] bytes(List<String> header, List<List<String>> rows) {
    return text(header, rows).getBytes(StandardCharsets.UTF_8);
  }

  public static String text(List<String> header, List<List<String>> rows) {
    var csv = new StringBuilder(BOM);
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String raw) {
    var value = defused(raw);
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  static String defused(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
