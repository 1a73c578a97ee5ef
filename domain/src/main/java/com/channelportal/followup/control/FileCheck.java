package com.channelportal.followup.control;

/** What the bytes of an upload turned out to be. */
public sealed interface FileCheck {

  /** An accepted file, with the name it is stored under. */
  record Accepted(FileType type, String fileName) implements FileCheck {}

  /**
   * A refused file; {@code reason} is a stable, translatable code: EMPTY, TOO_LARGE, EXECUTABLE or
   * UNSUPPORTED_TYPE.
   */
  record Refused(String reason, String message) implements FileCheck {}
}
