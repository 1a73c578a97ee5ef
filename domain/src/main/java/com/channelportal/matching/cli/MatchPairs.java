package com.channelportal.matching.cli;

import com.channelportal.matching.control.ConflictMatcher;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.MatchSubject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code match-pairs IN OUT}: decides for every row of IN whether its left and right record name
 * the same company, with the portal's {@link ConflictMatcher}.
 *
 * <p>Each side becomes a {@link MatchSubject} as a registration's customer does: name, USCC, phone,
 * e-mail and website as typed, the city column as the subject's city. The pair is judged alone
 * ({@link ConflictMatcher#pairScore}): the command has no other records to tell whether a phone
 * number is a switchboard shared by many companies, which the portal judges from its index.
 *
 * <p>OUT is written to a temporary file beside it and moved into place at the end, so a broken
 * input leaves no half-written OUT behind.
 */
public final class MatchPairs {

  public static final List<String> COLUMNS =
      List.of(
          "id",
          "left_name",
          "left_uscc",
          "left_phone",
          "left_email",
          "left_website",
          "left_city",
          "right_name",
          "right_uscc",
          "right_phone",
          "right_email",
          "right_website",
          "right_city");

  /**
   * From this score a pair is printed as the same company: the portal's review threshold, from
   * which a channel manager is asked to look. Measured against the alternatives in
   * docs/benchmarks.md ("Matcher quality").
   */
  public static final double SAME_FROM = 0.6;

  private static final int SIDE = 6;

  private MatchPairs() {}

  static void run(Path in, Path out) throws CommandFailure {
    if (!Files.isRegularFile(in)) {
      throw new CommandFailure(
          ConflictMatcherCommand.NO_INPUT,
          in + ": " + (Files.exists(in) ? "not a file" : "no such file"));
    }
    if (Files.isDirectory(out)) {
      throw new CommandFailure(
          ConflictMatcherCommand.CANNOT_CREATE, out + ": is a directory, not a file to write");
    }
    Path temporary = temporaryFor(out);
    try {
      try (var reader =
              new CsvReader(
                  new BufferedReader(
                      new InputStreamReader(
                          Files.newInputStream(in), StandardCharsets.UTF_8.newDecoder())));
          var writer =
              new CsvWriter(
                  new BufferedWriter(
                      new OutputStreamWriter(
                          Files.newOutputStream(temporary), StandardCharsets.UTF_8)))) {
        copyDecisions(in, reader, writer);
      } catch (CharacterCodingException e) {
        throw new CommandFailure(
            ConflictMatcherCommand.DATA_ERROR, in + ": not UTF-8 text (" + e.getMessage() + ")");
      } catch (MalformedCsv e) {
        throw new CommandFailure(
            ConflictMatcherCommand.DATA_ERROR, in + ": malformed CSV, " + e.getMessage());
      } catch (IOException e) {
        throw new CommandFailure(ConflictMatcherCommand.IO_ERROR, in + ": " + e);
      }
      move(temporary, out);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** The decision on one row's pair: the command's only rule, shared with the quality harness. */
  public static PairDecision decide(String id, MatchSubject left, MatchSubject right) {
    return decide(id, SubjectProfile.of(left), SubjectProfile.of(right));
  }

  public static PairDecision decide(String id, SubjectProfile left, SubjectProfile right) {
    double score = Math.round(ConflictMatcher.pairScore(left, right) * 10_000) / 10_000.0;
    return new PairDecision(id, score >= SAME_FROM, score);
  }

  /** One side of a row, from its six columns starting at {@code from}. */
  static MatchSubject subject(List<String> row, int from) {
    return new MatchSubject(
        row.get(from),
        blankToNull(row.get(from + 1)),
        blankToNull(row.get(from + 4)),
        blankToNull(row.get(from + 3)),
        blankToNull(row.get(from + 2)),
        null,
        blankToNull(row.get(from + 5)),
        null,
        null);
  }

  private static void copyDecisions(Path in, CsvReader reader, CsvWriter writer)
      throws IOException, MalformedCsv, CommandFailure {
    checkHeader(in, reader.next());
    writer.write(List.of("id", "predicted_same", "score"));
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (row.size() < COLUMNS.size()) {
        throw new CommandFailure(
            ConflictMatcherCommand.DATA_ERROR,
            String.format(
                Locale.ROOT,
                "%s: line %d has %d fields, every row needs at least the header's %d",
                in,
                reader.recordLine(),
                row.size(),
                COLUMNS.size()));
      }
      PairDecision decision = decide(row.get(0), subject(row, 1), subject(row, 1 + SIDE));
      writer.write(
          List.of(
              decision.id(),
              String.valueOf(decision.same()),
              String.format(Locale.ROOT, "%.4f", decision.score())));
    }
  }

  private static void checkHeader(Path in, @Nullable List<String> header) throws CommandFailure {
    if (header == null) {
      throw new CommandFailure(
          ConflictMatcherCommand.DATA_ERROR,
          in + ": empty, expected the header " + String.join(",", COLUMNS));
    }
    for (int i = 0; i < COLUMNS.size(); i++) {
      String found = i < header.size() ? header.get(i) : null;
      if (!COLUMNS.get(i).equals(found)) {
        throw new CommandFailure(
            ConflictMatcherCommand.DATA_ERROR,
            String.format(
                Locale.ROOT,
                "%s: line 1, the header must start with the %d columns %s; column %d is %s where"
                    + " %s is expected",
                in,
                COLUMNS.size(),
                String.join(",", COLUMNS),
                i + 1,
                found == null ? "missing" : "'" + found + "'",
                COLUMNS.get(i)));
      }
    }
  }

  private static Path temporaryFor(Path out) throws CommandFailure {
    Path directory = out.toAbsolutePath().getParent();
    try {
      return Files.createTempFile(directory, "." + out.getFileName(), ".part");
    } catch (IOException e) {
      throw new CommandFailure(
          ConflictMatcherCommand.CANNOT_CREATE, out + ": cannot be written (" + e + ")");
    }
  }

  private static void move(Path temporary, Path out) throws CommandFailure {
    try {
      Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new CommandFailure(
          ConflictMatcherCommand.CANNOT_CREATE, out + ": cannot be written (" + e + ")");
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // a stray temporary file is not worth failing a finished run for
    }
  }

  private static @Nullable String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
