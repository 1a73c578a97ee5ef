package com.channelportal.matching.cli;

import com.channelportal.matching.entity.MatchSubject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row of a match-pairs input file with the answer: the columns {@code label} (true/false) and
 * {@code rule} (what the pair is about) after the command's 13.
 */
record LabelledPair(String id, MatchSubject left, MatchSubject right, boolean same, String rule) {

  static final String CHINESE_PAIRS = "labelled-chinese-pairs.csv";

  static List<LabelledPair> chinese() throws IOException, MalformedCsv {
    try (InputStream in =
        Objects.requireNonNull(
            LabelledPair.class.getResourceAsStream(CHINESE_PAIRS), CHINESE_PAIRS)) {
      return read(in);
    }
  }

  static List<LabelledPair> read(InputStream in) throws IOException, MalformedCsv {
    var reader =
        new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    List<String> header = Objects.requireNonNull(reader.next(), "header");
    int label = header.indexOf("label");
    int rule = header.indexOf("rule");
    var pairs = new ArrayList<LabelledPair>();
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      String answer = row.get(label).strip();
      if (!answer.equals("true") && !answer.equals("false")) {
        throw new MalformedCsv(reader.recordLine(), "label must be true or false: " + answer);
      }
      pairs.add(
          new LabelledPair(
              row.get(0),
              MatchPairs.subject(row, 1),
              MatchPairs.subject(row, 7),
              answer.equals("true"),
              row.get(rule)));
    }
    return pairs;
  }

  @Override
  public String toString() {
    return id + " " + rule + ": " + left.name() + " / " + right.name() + " → " + same;
  }
}
