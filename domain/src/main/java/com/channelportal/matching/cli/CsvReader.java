package com.channelportal.matching.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of RFC 4180 CSV: fields separated by commas, a field in double quotes may hold commas,
 * line breaks and doubled quotes. Also what spreadsheets write that the RFC does not: a byte order
 * mark before the first field, LF or a lone CR instead of CRLF, and no line break after the last
 * record. A quote inside an unquoted field is kept as a character, as spreadsheets read it.
 */
public final class CsvReader implements Closeable {

  private static final int END = -1;
  private static final char BOM = '\uFEFF';

  private final Reader in;
  private int peeked = -2;
  private int line = 1;
  private int recordLine = 1;
  private boolean started;

  /** {@code in} should be buffered: the reader takes one character at a time. */
  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The next record, or null after the last one. */
  public @Nullable List<String> next() throws IOException, MalformedCsv {
    if (!started) {
      started = true;
      if (peek() == BOM) {
        read();
      }
    }
    if (peek() == END) {
      return null;
    }
    recordLine = line;
    var fields = new ArrayList<String>();
    while (true) {
      fields.add(peek() == '"' ? quoted() : unquoted());
      int c = read();
      if (c == ',') {
        continue;
      }
      endLine(c);
      return fields;
    }
  }

  /** The line the record last returned by {@link #next} starts on, from 1. */
  public int recordLine() {
    return recordLine;
  }

  private String unquoted() throws IOException {
    var field = new StringBuilder();
    while (peek() != ',' && peek() != '\n' && peek() != '\r' && peek() != END) {
      field.append((char) read());
    }
    return field.toString();
  }

  private String quoted() throws IOException, MalformedCsv {
    int opened = line;
    read();
    var field = new StringBuilder();
    while (true) {
      int c = read();
      if (c == END) {
        throw new MalformedCsv(
            opened, "the quoted field opened on this line is never closed (unterminated quote)");
      }
      if (c == '"') {
        if (peek() != '"') {
          break;
        }
        read();
      } else if (c == '\r' || c == '\n') {
        endLine(c);
        field.append('\n');
        continue;
      }
      field.append((char) c);
    }
    int after = peek();
    if (after != ',' && after != '\n' && after != '\r' && after != END) {
      throw new MalformedCsv(
          line,
          "'"
              + (char) after
              + "' after the closing quote of a field: a quote inside a quoted field must be"
              + " doubled (\"\")");
    }
    return field.toString();
  }

  /** Counts the line break {@code c} was, taking the LF of a CRLF with it. */
  private void endLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c == '\r' || c == '\n') {
      line++;
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
