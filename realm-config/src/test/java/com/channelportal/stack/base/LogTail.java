package com.channelportal.stack.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a server's log, so a failed start explains itself without opening files. */
public final class LogTail {

  public static final int LINES = 40;

  private LogTail() {}

  public static String of(Path log) {
    if (!Files.isRegularFile(log)) {
      return log + " (not written)";
    }
    // a reader, not Files.lines: it replaces a broken UTF-8 sequence instead of failing
    try (var reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
      List<String> all = reader.lines().toList();
      List<String> tail = all.subList(Math.max(0, all.size() - LINES), all.size());
      return log
          + ", last "
          + tail.size()
          + " lines:"
          + System.lineSeparator()
          + String.join(System.lineSeparator(), tail);
    } catch (IOException | UncheckedIOException e) {
      return log + " (unreadable: " + e.getMessage() + ")";
    }
  }
}
