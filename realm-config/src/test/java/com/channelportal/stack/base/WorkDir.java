package com.channelportal.stack.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Owns the work directory for the life of one stack. A file lock tells a live stack from the
 * remains of a dead one: when the lock is free, any server process still running from this
 * directory was left behind by a launcher that was killed (Payara detaches from its launcher, so it
 * survives even a kill -9 of Maven) and is stopped, instead of failing later on its ports.
 */
public final class WorkDir implements AutoCloseable {

  private static final Set<String> SERVER_COMMANDS = Set.of("java", "mariadbd", "mysqld");

  private final FileChannel channel;
  private final FileLock lock;

  private WorkDir(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks {@code dir}; {@code property} is the system property that chooses another one. */
  public static WorkDir claim(Path dir, String property) throws IOException {
    Files.createDirectories(dir);
    var channel =
        FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // this very JVM runs a stack from here already
    }
    if (lock == null) {
      channel.close();
      throw new StackException(
          "Another stack is already running from "
              + dir
              + "; stop it first, or use another directory with -D"
              + property
              + "=…");
    }
    stopLeftovers(dir);
    return new WorkDir(channel, lock);
  }

  /** Where logs of the servers we start ourselves go. */
  public static Path logs(Path workDir) throws IOException {
    return Files.createDirectories(workDir.resolve("logs"));
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  private static void stopLeftovers(Path dir) {
    String marker = dir.toString() + "/";
    Set<Long> ours = ancestorsAndSelf();
    List<ProcessHandle> leftovers =
        ProcessHandle.allProcesses()
            .filter(p -> !ours.contains(p.pid()))
            .filter(p -> isServer(p) && p.info().commandLine().orElse("").contains(marker))
            .toList();
    for (ProcessHandle process : leftovers) {
      StackLog.logger()
          .warning(
              () ->
                  "Stopping "
                      + process.info().command().orElse("a process")
                      + " (pid "
                      + process.pid()
                      + ") left running from "
                      + dir
                      + " by an earlier start");
      process.destroy();
    }
    for (ProcessHandle process : leftovers) {
      try {
        process.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
  }

  private static boolean isServer(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return SERVER_COMMANDS.contains(command.substring(command.lastIndexOf('/') + 1));
  }

  private static Set<Long> ancestorsAndSelf() {
    return Stream.iterate(ProcessHandle.current(), p -> p != null, p -> p.parent().orElse(null))
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }
}
