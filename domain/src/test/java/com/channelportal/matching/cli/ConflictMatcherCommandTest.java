package com.channelportal.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictMatcherCommandTest {

  static final String HEADER = String.join(",", MatchPairs.COLUMNS);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void decidesEveryRowWithTheSharedMatcher() throws Exception {
    Path in =
        write(
            "\uFEFF" + HEADER + ",label\r\n",
            "a1,深圳利泰机电有限公司,,0755-82254848,,,深圳,"
                + "\"Shenzhen Litai Electromechanical Co., Ltd.\",,+86 755 8225 4848,,,Shenzhen,x\r\n",
            "a2,深圳利泰机电有限公司,,,,,深圳,北京华南电气有限公司,,,,,北京,y\r\n",
            "\r\n",
            "\"a,3\",\"利泰\n机电\",,,,,,,,,,,,\r\n");
    Path result = dir.resolve("out.csv");

    assertThat(run("match-pairs", in.toString(), result.toString())).isZero();

    List<String> lines = Files.readAllLines(result);
    assertThat(lines).hasSize(4).first().isEqualTo("id,predicted_same,score");
    assertThat(lines.get(1)).startsWith("a1,true,0.");
    assertThat(lines.get(2)).isEqualTo("a2,false,0.0000");
    assertThat(lines.get(3)).isEqualTo("\"a,3\",false,0.0000");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void printsTheScoreWithFourDecimalsAndDecidesOnIt() throws Exception {
    Path in = write(HEADER + "\n", "1,深圳利泰机电有限公司,,,,,,利泰（深圳）机电有限公司,,,,,\n");
    Path result = dir.resolve("out.csv");
    run("match-pairs", in.toString(), result.toString());
    String row = Files.readAllLines(result).get(1);
    String score = row.substring(row.lastIndexOf(',') + 1);
    assertThat(score).matches("[01]\\.\\d{4}");
    assertThat(row).contains(Double.parseDouble(score) >= MatchPairs.SAME_FROM ? "true" : "false");
  }

  @Test
  void wrongUsageSaysHowToCallIt() {
    assertThat(run()).isEqualTo(ConflictMatcherCommand.USAGE);
    assertThat(err.toString()).contains("no command given", "usage: java -jar");
    assertThat(run("match", "a", "b")).isEqualTo(ConflictMatcherCommand.USAGE);
    assertThat(err.toString()).contains("unknown command 'match'");
    assertThat(run("match-pairs", "in.csv")).isEqualTo(ConflictMatcherCommand.USAGE);
    assertThat(err.toString()).contains("takes two files");
  }

  @Test
  void helpGoesToStandardOutput() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("match-pairs IN.csv OUT.csv", MatchPairs.COLUMNS.get(12));
  }

  @Test
  void aMissingInputFileIsNamed() {
    Path missing = dir.resolve("missing.csv");
    assertThat(run("match-pairs", missing.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.NO_INPUT);
    assertThat(err.toString()).contains("missing.csv: no such file");
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void aWrongHeaderSaysWhichColumnDiffers() throws Exception {
    Path in = write(HEADER.replace("left_uscc", "left_credit_code") + "\n");
    assertThat(run("match-pairs", in.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString())
        .contains("line 1", "column 3 is 'left_credit_code' where left_uscc is expected");
  }

  @Test
  void aShortHeaderAndAnEmptyFileAreRefused() throws Exception {
    Path shortHeader = write("id,left_name,left_uscc\n");
    assertThat(run("match-pairs", shortHeader.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString()).contains("column 4 is missing where left_phone is expected");
    Path empty = write("");
    assertThat(run("match-pairs", empty.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString()).contains("empty, expected the header");
  }

  @Test
  void anUnterminatedQuoteIsReportedWithItsLineAndLeavesNoOutput() throws Exception {
    Path in =
        write(HEADER + "\n", "1,a,,,,,,b,,,,,\n", "2,\"Litai Co., Ltd.,,,,,,b,,,,,\n", "3,c\n");
    Path result = dir.resolve("out.csv");
    assertThat(run("match-pairs", in.toString(), result.toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString()).contains("malformed CSV", "line 3", "unterminated quote");
    assertThat(result).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).allMatch(file -> !file.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void aRowWithTooFewFieldsIsReportedWithItsLine() throws Exception {
    Path in = write(HEADER + "\n", "1,a,,,,,,b,,,,,\n", "2,a,b\n");
    assertThat(run("match-pairs", in.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString()).contains("line 3 has 3 fields");
  }

  @Test
  void inputThatIsNotUtf8IsRefused() throws Exception {
    Path in = dir.resolve("gbk.csv");
    Files.write(
        in, (HEADER + "\n1,深圳利泰,,,,,,x,,,,,\n").getBytes(java.nio.charset.Charset.forName("GBK")));
    assertThat(run("match-pairs", in.toString(), dir.resolve("o.csv").toString()))
        .isEqualTo(ConflictMatcherCommand.DATA_ERROR);
    assertThat(err.toString()).contains("not UTF-8");
  }

  @Test
  void anUnwritableOutputIsRefused() throws Exception {
    Path in = write(HEADER + "\n");
    Path result = dir.resolve("no-such-dir").resolve("o.csv");
    assertThat(run("match-pairs", in.toString(), result.toString()))
        .isEqualTo(ConflictMatcherCommand.CANNOT_CREATE);
    assertThat(err.toString()).contains("cannot be written");
  }

  @Test
  void aDirectoryIsNoOutputFile() throws Exception {
    Path in = write(HEADER + "\n");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(run("match-pairs", in.toString(), empty.toString()))
        .isEqualTo(ConflictMatcherCommand.CANNOT_CREATE);
    assertThat(err.toString()).contains("is a directory");
    assertThat(empty).isDirectory();
  }

  @Test
  void inputAndOutputMustDiffer() throws Exception {
    Path in = write(HEADER + "\n");
    assertThat(run("match-pairs", in.toString(), in.toString()))
        .isEqualTo(ConflictMatcherCommand.USAGE);
    assertThat(Files.readString(in)).isEqualTo(HEADER + "\n");
  }

  private int run(String... args) {
    return ConflictMatcherCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path write(String... lines) throws Exception {
    Path file = Files.createTempFile(dir, "in", ".csv");
    Files.writeString(file, String.join("", lines));
    return file;
  }
}
