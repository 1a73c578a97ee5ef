package com.channelportal.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own labelled Chinese (and a few international) pairs, one or more for every matching rule of
 * issue 4, decided by running the command on the whole file as a user would: every pair must come
 * out as labelled.
 */
class LabelledChinesePairsTest {

  @TempDir static Path dir;

  private static final Map<String, String[]> DECISIONS = new HashMap<>();

  @BeforeAll
  static void runTheCommandOnTheFile() throws Exception {
    Path in = dir.resolve("pairs.csv");
    try (InputStream pairs = LabelledPair.class.getResourceAsStream(LabelledPair.CHINESE_PAIRS)) {
      Files.copy(Objects.requireNonNull(pairs), in);
    }
    Path out = dir.resolve("decisions.csv");
    var err = new ByteArrayOutputStream();
    int code =
        ConflictMatcherCommand.run(
            new String[] {"match-pairs", in.toString(), out.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    try (var reader = new CsvReader(new StringReader(Files.readString(out)))) {
      reader.next();
      for (List<String> row = reader.next(); row != null; row = reader.next()) {
        DECISIONS.put(row.get(0), new String[] {row.get(1), row.get(2)});
      }
    }
  }

  static Stream<LabelledPair> pairs() throws Exception {
    return LabelledPair.chinese().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void decidedAsLabelled(LabelledPair pair) {
    String[] decision = DECISIONS.get(pair.id());

    assertThat(decision).as("no output row for " + pair.id()).isNotNull();
    assertThat(decision[0])
        .as("%s, score %s", pair, decision[1])
        .isEqualTo(String.valueOf(pair.same()));
  }

  @Test
  void enoughPairsForEveryRuleOfTheIssue() throws Exception {
    List<LabelledPair> pairs = LabelledPair.chinese();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(80);
    assertThat(pairs.stream().map(LabelledPair::rule).distinct())
        .contains(
            "nfkc-fullwidth",
            "traditional-simplified",
            "legal-form",
            "region",
            "industry-words",
            "pinyin-english",
            "typo",
            "uscc-same",
            "uscc-different",
            "uscc-invalid",
            "domain",
            "free-mail",
            "shared-host",
            "phone",
            "unselective-key",
            "branch",
            "group-member",
            "other-city",
            "other-industry");
    assertThat(pairs).extracting(LabelledPair::id).doesNotHaveDuplicates();
  }

  /** Codes meant as valid evidence pass GB 32100; those of the invalid-code rule fail it. */
  @Test
  void theCodesAreWhatTheirRuleSays() throws Exception {
    for (LabelledPair pair : LabelledPair.chinese()) {
      for (String code : new String[] {pair.left().uscc(), pair.right().uscc()}) {
        if (code != null && !pair.rule().equals("uscc-invalid")) {
          assertThat(UnifiedSocialCreditCode.isValid(code)).as(pair + " " + code).isTrue();
        }
      }
      if (pair.rule().equals("uscc-invalid")) {
        assertThat(
                Stream.of(pair.left().uscc(), pair.right().uscc())
                    .filter(Objects::nonNull)
                    .anyMatch(code -> !UnifiedSocialCreditCode.isValid(code)))
            .as(pair.toString())
            .isTrue();
      }
    }
  }
}
