package com.channelportal.matching.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The main class of {@code conflict-matcher.jar}. Exit codes follow BSD's sysexits.h, so a script
 * can tell a wrong call from bad data from a file it cannot write.
 */
public final class ConflictMatcherCommand {

  static final int OK = 0;
  static final int USAGE = 64;
  static final int DATA_ERROR = 65;
  static final int NO_INPUT = 66;
  static final int CANNOT_CREATE = 73;
  static final int IO_ERROR = 74;

  static final String USAGE_TEXT =
      String.join(
          "\n",
          "usage: java -jar conflict-matcher.jar match-pairs IN.csv OUT.csv",
          "",
          "Decides for every row of IN.csv whether its left and right record name the same"
              + " company,",
          "with the conflict matcher of the Channel Portal.",
          "  IN.csv   UTF-8 CSV (RFC 4180) whose header starts with",
          "           " + String.join(",", MatchPairs.COLUMNS),
          "           (further columns are ignored, any field may be empty)",
          "  OUT.csv  written as id,predicted_same,score: true/false, and the score 0..1;",
          "           predicted_same is score >= " + MatchPairs.SAME_FROM,
          "Exit codes: 0 done, 64 wrong usage, 65 bad input data, 66 IN.csv missing,",
          "            73 OUT.csv cannot be written, 74 read error.");

  private ConflictMatcherCommand() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (args.length == 0 || !args[0].equals("match-pairs")) {
      err.println(
          args.length == 0
              ? "conflict-matcher: no command given"
              : "conflict-matcher: unknown command '" + args[0] + "'");
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (args.length != 3) {
      err.println("conflict-matcher: match-pairs takes two files, IN.csv and OUT.csv");
      err.println(USAGE_TEXT);
      return USAGE;
    }
    try {
      Path in = Path.of(args[1]);
      Path target = Path.of(args[2]);
      if (in.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
        err.println("conflict-matcher: IN.csv and OUT.csv must be different files");
        return USAGE;
      }
      MatchPairs.run(in, target);
      return OK;
    } catch (InvalidPathException e) {
      err.println("conflict-matcher: " + e.getMessage());
      return USAGE;
    } catch (CommandFailure e) {
      err.println("conflict-matcher: " + e.getMessage());
      return e.exitCode();
    }
  }
}
