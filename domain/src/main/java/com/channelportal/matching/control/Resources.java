package com.channelportal.matching.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The word lists next to these classes: one entry a line, {@code #} starts a comment. */
final class Resources {

  private Resources() {}

  static List<String> lines(String resource) {
    InputStream in =
        Objects.requireNonNull(
            Resources.class.getResourceAsStream(resource), "missing resource " + resource);
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
