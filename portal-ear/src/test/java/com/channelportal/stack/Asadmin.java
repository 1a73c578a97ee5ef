package com.channelportal.stack;

import com.channelportal.stack.base.LogTail;
import com.channelportal.stack.base.StackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Payara's command line with the launcher's own JDK. Output goes to a log file, not a pipe:
 * the server JVM that {@code start-domain} launches could inherit a pipe and hold it open for ever.
 * A failure quotes the command's output and the end of the server log.
 */
final class Asadmin {

  private final Path executable;
  private final Path log;
  private final Path serverLog;

  Asadmin(Path executable, Path log, Path serverLog) {
    this.executable = executable;
    this.log = log;
    this.serverLog = serverLog;
  }

  void run(Duration timeout, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--interactive=false"));
    command.addAll(List.of(arguments));
    long offset = Files.exists(log) ? Files.size(log) : 0;
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String what = "asadmin " + String.join(" ", arguments);
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw failure(what + " timed out", offset);
    }
    if (process.exitValue() != 0) {
      throw failure(what + " failed", offset);
    }
  }

  private StackException failure(String what, long offset) throws IOException {
    byte[] all = Files.readAllBytes(log);
    String output =
        new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8).trim();
    return new StackException(
        what
            + ":"
            + System.lineSeparator()
            + output
            + System.lineSeparator()
            + LogTail.of(serverLog));
  }
}
