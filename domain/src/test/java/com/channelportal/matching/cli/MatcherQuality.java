package com.channelportal.matching.cli;

import com.channelportal.matching.control.CandidateIndex;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.MatchSubject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The quality measurement of docs/benchmarks.md ("Matcher quality"; a harness with a main, not a
 * test): precision, recall and F1 of the matcher command's decision on the labelled public data of
 * {@code public-dedupe} and on our own Chinese pairs.
 *
 * <p>Pairs are what the portal would score: every pair the {@link CandidateIndex} blocking finds
 * (records sharing a selective key), plus every true pair, so that recall also counts the true
 * pairs blocking misses. Each pair is decided by {@link MatchPairs#decide}, the command's own code.
 *
 * <p>{@code ./mvnw -B -ntp -pl domain test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.channelportal.matching.cli.MatcherQuality
 * -Dexec.args=../../shared/data/public-dedupe}
 */
public final class MatcherQuality {

  private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** A labelled record: its cluster says which records are one organization. */
  record Labelled(String cluster, MatchSubject subject) {}

  /** A scored pair of records, by their positions in the data set. */
  record Scored(int left, int right, boolean same, boolean blocked, double score) {}

  private MatcherQuality() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data/public-dedupe");
    System.out.printf(
        Locale.ROOT,
        "Decision: predicted_same = score >= %.2f (MatchPairs.SAME_FROM)%n%n",
        MatchPairs.SAME_FROM);
    report("patstat", patstat(data.resolve("patstat_reference.csv")));
    report(
        "chicago early childhood", chicago(data.resolve("chicago_early_childhood_true_ids.csv")));
    reportChinese();
  }

  static List<Labelled> patstat(Path file) throws Exception {
    return read(
        file,
        row -> new Labelled(row.get("leuven_id"), MatchSubject.named(row.get("person_name"))));
  }

  /** Name, phone, website, e-mail; the address has no field in the matcher's subject. */
  static List<Labelled> chicago(Path file) throws Exception {
    return read(
        file,
        row ->
            new Labelled(
                row.get("True Id"),
                MatchSubject.named(row.get("Site name"))
                    .withPhone(row.get("Phone"))
                    .withWebsite(row.get("Website"))
                    .withEmail(row.get("Email Address"))));
  }

  private static void report(String name, List<Labelled> records) {
    long start = System.nanoTime();
    List<SubjectProfile> profiles =
        records.stream().map(record -> SubjectProfile.of(record.subject())).toList();
    Set<Long> blocked = blockedPairs(profiles);
    Map<Long, Scored> pairs = new HashMap<>();
    for (long key : blocked) {
      pairs.put(key, score(records, profiles, key, true));
    }
    for (long key : truePairs(records)) {
      pairs.computeIfAbsent(key, k -> score(records, profiles, k, false));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long truePairs = pairs.values().stream().filter(Scored::same).count();
    long trueBlocked = pairs.values().stream().filter(p -> p.same() && p.blocked()).count();
    System.out.printf(
        Locale.ROOT,
        "### %s%n%d records, %d true pairs, %d candidate pairs from blocking, %d pairs scored"
            + " (%.1f s)%nblocking found %d of the true pairs (%.1f %%), missed %d%n%n",
        name,
        records.size(),
        truePairs,
        blocked.size(),
        pairs.size(),
        seconds,
        trueBlocked,
        100.0 * trueBlocked / Math.max(1, truePairs),
        truePairs - trueBlocked);
    table(new ArrayList<>(pairs.values()));
    String largest = largestCluster(records);
    long inLargest = records.stream().filter(r -> r.cluster().equals(largest)).count();
    List<Scored> rest =
        pairs.values().stream()
            .filter(
                p ->
                    !(records.get(p.left()).cluster().equals(largest)
                        && records.get(p.right()).cluster().equals(largest)))
            .toList();
    System.out.printf(
        Locale.ROOT,
        "The largest cluster (%d records) makes %.1f %% of the true pairs; without its inner"
            + " pairs:%n%n",
        inLargest,
        100.0 * inLargest * (inLargest - 1) / 2 / Math.max(1, truePairs));
    table(rest);
  }

  private static String largestCluster(List<Labelled> records) {
    Map<String, Integer> sizes = new HashMap<>();
    records.forEach(r -> sizes.merge(r.cluster(), 1, Integer::sum));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static void reportChinese() throws Exception {
    List<LabelledPair> pairs = LabelledPair.chinese();
    var scored = new ArrayList<Scored>();
    var wrong = new ArrayList<String>();
    for (LabelledPair pair : pairs) {
      SubjectProfile left = SubjectProfile.of(pair.left());
      SubjectProfile right = SubjectProfile.of(pair.right());
      PairDecision decision = MatchPairs.decide(pair.id(), left, right);
      boolean blocked = !Collections.disjoint(left.keys(), right.keys());
      scored.add(new Scored(0, 0, pair.same(), blocked, decision.score()));
      if (decision.same() != pair.same()) {
        wrong.add(String.format(Locale.ROOT, "%s (%.4f)", pair, decision.score()));
      }
    }
    System.out.printf(
        "### own labelled Chinese pairs (%s)%n%d pairs, %d same%n%n",
        LabelledPair.CHINESE_PAIRS,
        pairs.size(),
        pairs.stream().filter(LabelledPair::same).count());
    table(scored);
    wrong.forEach(w -> System.out.println("wrong: " + w));
    System.out.println();
  }

  private static void table(List<Scored> pairs) {
    System.out.println("| threshold | precision | recall | F1 | recall after blocking |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (double threshold : THRESHOLDS) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      long tpBlocked = 0;
      for (Scored pair : pairs) {
        boolean predicted = pair.score() >= threshold;
        if (predicted && pair.same()) {
          tp++;
          tpBlocked += pair.blocked() ? 1 : 0;
        } else if (predicted) {
          fp++;
        } else if (pair.same()) {
          fn++;
        }
      }
      double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double recall = (double) tp / Math.max(1, tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      System.out.printf(
          Locale.ROOT,
          "| %s%.1f | %.3f | %.3f | %.3f | %.3f |%n",
          threshold == MatchPairs.SAME_FROM ? "**" : "",
          threshold,
          precision,
          recall,
          f1,
          (double) tpBlocked / Math.max(1, tp + fn));
    }
    System.out.println();
  }

  /** Pairs of records that share a selective key, as the portal's lookup finds them. */
  private static Set<Long> blockedPairs(List<SubjectProfile> profiles) {
    var index = new CandidateIndex();
    for (int i = 0; i < profiles.size(); i++) {
      index.add(
          new Candidate(String.valueOf(i), CandidateKind.CUSTOMER, profiles.get(i).subject()));
    }
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (CandidateIndex.Entry entry : index.lookup(profiles.get(i))) {
        int j = Integer.parseInt(entry.candidate().id());
        if (j != i) {
          pairs.add(key(i, j));
        }
      }
    }
    return pairs;
  }

  private static List<Long> truePairs(List<Labelled> records) {
    Map<String, List<Integer>> clusters = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      clusters.computeIfAbsent(records.get(i).cluster(), c -> new ArrayList<>()).add(i);
    }
    var pairs = new ArrayList<Long>();
    for (List<Integer> members : clusters.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          pairs.add(key(members.get(a), members.get(b)));
        }
      }
    }
    return pairs;
  }

  private static Scored score(
      List<Labelled> records, List<SubjectProfile> profiles, long key, boolean blocked) {
    int left = (int) (key >>> 32);
    int right = (int) key;
    boolean same = records.get(left).cluster().equals(records.get(right).cluster());
    double score = MatchPairs.decide("", profiles.get(left), profiles.get(right)).score();
    return new Scored(left, right, same, blocked, score);
  }

  private static long key(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  private static List<Labelled> read(Path file, Function<Map<String, String>, Labelled> labelled)
      throws IOException, MalformedCsv {
    var records = new ArrayList<Labelled>();
    try (var reader =
        new CsvReader(
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)))) {
      List<String> header = Objects.requireNonNull(reader.next(), "header");
      for (List<String> row = reader.next(); row != null; row = reader.next()) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          fields.put(header.get(i), row.get(i).strip());
        }
        records.add(labelled.apply(fields));
      }
    }
    return records;
  }
}
