package com.channelportal.matching.cli;

/** Why the command stops, for its user, and the exit code that tells a script what went wrong. */
final class CommandFailure extends Exception {

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
