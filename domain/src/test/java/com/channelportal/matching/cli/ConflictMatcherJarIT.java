package com.channelportal.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the build makes, run as its user runs it: {@code java -jar} in a process of its own, with
 * no class path but the jar's. Catches what unit tests cannot: a missing main class, a library or a
 * word list left out of the shaded jar.
 */
class ConflictMatcherJarIT {

  @TempDir Path dir;

  @Test
  void matchesPairsFromTheCommandLine() throws Exception {
    Path in = dir.resolve("pairs.csv");
    Files.writeString(
        in,
        String.join(
            "\r\n",
            "\uFEFF" + String.join(",", MatchPairs.COLUMNS) + ",label",
            "1,深圳利泰机电有限公司,,0755-82254848,,www.litai.com.cn,深圳,"
                + "\"Shenzhen Litai Electromechanical Co., Ltd.\",,+86 755 8225 4848,"
                + "sales@mail.litai.com.cn,,Shenzhen,true",
            "2,深圳利泰机电有限公司,,,,,深圳,北京华南电气有限公司,,,,,北京,false",
            ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("decisions.csv");

    Process process = java("match-pairs", in.toString(), out.toString());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("id,predicted_same,score");
    assertThat(lines.get(1)).matches("1,true,0\\.9\\d{3}");
    assertThat(lines.get(2)).isEqualTo("2,false,0.0000");
  }

  @Test
  void failsWithAMessageAndExitCodeOnAMissingFile() throws Exception {
    Process process =
        java("match-pairs", dir.resolve("missing.csv").toString(), dir.resolve("o").toString());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ConflictMatcherCommand.NO_INPUT);
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("missing.csv: no such file");
  }

  private static Process java(String... args) throws Exception {
    Path jar = Path.of(System.getProperty("conflict-matcher.jar", "target/conflict-matcher.jar"));
    assertThat(jar).isRegularFile();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }
}
