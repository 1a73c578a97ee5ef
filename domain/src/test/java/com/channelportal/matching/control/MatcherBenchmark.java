package com.channelportal.matching.control;

import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.MatchSubject;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark of docs/benchmarks.md (a harness with a main, not a test): builds a {@link
 * CandidateIndex} of synthetic companies, matches probes against it through the index and by
 * scoring every candidate, and compares ICU's transliteration per name with the per-character
 * cache. Prints Markdown rows. Ratios within one run are what to compare; absolute times move with
 * the machine's load.
 *
 * <p>{@code ./mvnw -B -ntp -pl domain test-compile exec:java
 * -Dexec.mainClass=com.channelportal.matching.control.MatcherBenchmark -Dexec.classpathScope=test
 * -Dexec.args="10000 100000"}
 */
public final class MatcherBenchmark {

  private static final int PROBES = 2_000;
  private static final int BRUTE_FORCE_PROBES = 30;

  private MatcherBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000, 100_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(
        "Java %s, %d cores, max heap %d MB%n%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    transliteration();
    System.out.println();
    System.out.println(
        "| candidates | index build | heap after build | lookup size (mean) | match p50 | match p99"
            + " | all candidates p50 | ratio | 2 threads vs 1 |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int size : sizes) {
      matching(size);
    }
  }

  /** ICU's Han-Latin on whole names, one instance per thread, against the per-character cache. */
  private static void transliteration() {
    List<String> names = new ArrayList<>();
    var companies = new SyntheticCompanies(5);
    for (int i = 0; i < 5_000; i++) {
      names.add(CompanyName.parse(companies.company().name()).tradeName());
    }
    ThreadLocal<Transliterator> icu =
        ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      for (String name : names) {
        sink += icu.get().transliterate(name).length() + Transliteration.pinyin(name).length();
      }
    }
    long start = System.nanoTime();
    for (String name : names) {
      sink += icu.get().transliterate(name).length();
    }
    double direct = (System.nanoTime() - start) / 1e3 / names.size();
    start = System.nanoTime();
    for (int round = 0; round < 10; round++) {
      for (String name : names) {
        sink += Transliteration.pinyin(name).length();
      }
    }
    double cached = (System.nanoTime() - start) / 1e3 / names.size() / 10;
    System.out.printf(
        "| pinyin of a trade name | ICU Han-Latin per name (ThreadLocal) | per-character cache |"
            + " ratio |%n| --- | --- | --- | --- |%n| %d names | %.1f µs | %.2f µs | %.0f× |%n",
        names.size(), direct, cached, direct / cached);
    if (sink == 42) {
      System.out.println();
    }
  }

  private static void matching(int size) throws Exception {
    var companies = new SyntheticCompanies(size);
    List<Candidate> candidates = companies.candidates(size);
    List<MatchSubject> probes = probes(companies, candidates, PROBES);
    System.gc();
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    var index = new CandidateIndex();
    index.addAll(candidates);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long heap = usedHeap() - heapBefore;
    var matcher = new ConflictMatcher();
    long found = 0;
    for (MatchSubject probe : probes) {
      found += matcher.match(probe, index).size();
      found += index.lookup(SubjectProfile.of(probe)).size();
    }
    long[] indexed = new long[probes.size()];
    long looked = 0;
    for (int i = 0; i < probes.size(); i++) {
      long t = System.nanoTime();
      matcher.match(probes.get(i), index);
      indexed[i] = System.nanoTime() - t;
      looked += index.lookup(SubjectProfile.of(probes.get(i))).size();
    }
    long[] all = new long[BRUTE_FORCE_PROBES];
    matcher.matchAll(probes.get(0), index);
    for (int i = 0; i < all.length; i++) {
      long t = System.nanoTime();
      found += matcher.matchAll(probes.get(i), index).size();
      all[i] = System.nanoTime() - t;
    }
    double single = 0;
    double dual = 0;
    for (int round = 0; round < 3; round++) {
      single = Math.max(single, throughput(matcher, index, probes, 1));
      dual = Math.max(dual, throughput(matcher, index, probes, 2));
    }
    Arrays.sort(indexed);
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "| %,d | %.1f s | %d MB | %.1f | %.0f µs | %.0f µs | %.1f ms | %.0f× | %.2f× |%n",
        size,
        buildSeconds,
        heap >> 20,
        (double) looked / probes.size(),
        percentile(indexed, 50) / 1e3,
        percentile(indexed, 99) / 1e3,
        percentile(all, 50) / 1e6,
        percentile(all, 50) / percentile(indexed, 50),
        dual / single);
    if (found < 0) {
      System.out.println(found);
    }
  }

  /** Half of the probes respell an existing company (a conflict), half are new companies. */
  private static List<MatchSubject> probes(
      SyntheticCompanies companies, List<Candidate> candidates, int count) {
    var probes = new ArrayList<MatchSubject>(count);
    for (int i = 0; i < count; i++) {
      probes.add(
          i % 2 == 0
              ? companies.respelled(candidates.get((i * 7919) % candidates.size()).subject())
              : companies.company());
    }
    return probes;
  }

  /** Matches per second with {@code threads} threads sharing one index; the best of 3 rounds. */
  private static double throughput(
      ConflictMatcher matcher, CandidateIndex index, List<MatchSubject> probes, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(
            pool.submit(
                () -> {
                  for (MatchSubject probe : probes) {
                    matcher.match(probe, index);
                  }
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
      return (double) threads * probes.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
