package com.channelportal.matching.cli;

/** Input that is not CSV as RFC 4180 writes it, with the line where the reader noticed. */
public final class MalformedCsv extends Exception {

  private final int line;

  MalformedCsv(int line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
