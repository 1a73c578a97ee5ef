package com.channelportal.stack.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Unpacks the server distributions once into the work directory. Unpacking goes to a side directory
 * that is renamed when complete, so an interrupted first run never leaves a half installation that
 * later runs would take for a whole one; a different zip (a version upgrade) replaces the
 * installation.
 */
public final class Archives {

  private static final String MARKER = ".unpacked-from";

  private Archives() {}

  /**
   * Returns the zip's single top-level directory inside {@code target}, unpacking first if {@code
   * target} does not hold this very zip yet.
   */
  public static Path unpackOnce(Path zip, Path target) throws IOException {
    Path marker = target.resolve(MARKER);
    String source = zip.getFileName().toString();
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(source)) {
      return topDirectory(target);
    }
    long start = System.nanoTime();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    deleteTree(partial);
    unzip(zip, partial);
    Files.writeString(partial.resolve(MARKER), source);
    deleteTree(target);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    StackLog.logger().info(() -> "Unpacked " + source + " (" + StackLog.since(start) + ")");
    return topDirectory(target);
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Archives::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (var file = new ZipFile(zip.toFile())) {
      for (var entries = file.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("Zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        try (var in = file.getInputStream(entry)) {
          Files.copy(in, path);
        }
        if (isExecutable(path)) {
          path.toFile().setExecutable(true, false);
        }
      }
    }
  }

  /** Java's zip API drops Unix modes: scripts are recognised by where they live. */
  private static boolean isExecutable(Path path) {
    return path.getParent().getFileName().toString().equals("bin")
        || path.getFileName().toString().endsWith(".sh");
  }

  private static Path topDirectory(Path target) throws IOException {
    try (Stream<Path> children = Files.list(target)) {
      return children
          .filter(Files::isDirectory)
          .findFirst()
          .orElseThrow(() -> new IOException("Nothing unpacked in " + target));
    }
  }
}
