package com.channelportal.matching.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Records as RFC 4180 CSV, quoting only the fields that need it. Lines end in LF, not the RFC's
 * CRLF: every CSV reader accepts both, and line-based tools then see no stray CR in the last
 * column.
 */
public final class CsvWriter implements Closeable {

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(fields.get(i)));
    }
    out.write('\n');
  }

  static String escape(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
