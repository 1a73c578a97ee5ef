package com.channelportal.stack.base;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings a stack takes from {@code -D} options. A bad value stops the start with a message
 * that names the option, instead of a server failing later on a port or path it cannot use.
 */
public final class SystemProperties {

  private SystemProperties() {}

  public static int port(String property, int defaultPort) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new StackException("-D" + property + "=" + value + " is not a port number");
    }
  }

  /** A directory, absolute, so that log lines and the leftover-process check name it fully. */
  public static Path directory(String property, Path defaultDir) {
    return Path.of(System.getProperty(property, defaultDir.toString()))
        .toAbsolutePath()
        .normalize();
  }

  /** Maven passes these; started any other way, the message says what is missing. */
  public static Path file(String property, String what) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new StackException(
          "System property "
              + property
              + " (the path of "
              + what
              + ") is not set; start through Maven: ./mvnw -Prun, or mvn verify for the tests");
    }
    Path path = Path.of(value).toAbsolutePath();
    if (!Files.isRegularFile(path)) {
      throw new StackException(
          what + " is missing at " + path + "; build it first (./mvnw install)");
    }
    return path;
  }
}
