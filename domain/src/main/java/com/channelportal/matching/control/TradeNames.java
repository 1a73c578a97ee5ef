package com.channelportal.matching.control;

import com.channelportal.matching.entity.MatchReason.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How two trade names relate, strongest relation first: equal, equal in pinyin across scripts
 * ({@code 利泰} and {@code Litai}), homophones ({@code 亿和源} and {@code 亿合源}, the typo a pinyin input
 * method makes), one character apart in a name of three or more ({@code 亿和源}, {@code 亿和园}), a few
 * letters apart in pinyin or English, and one extending the other ({@code 华为}, {@code 华为终端}: a
 * group's member or a namesake, hardly evidence).
 *
 * <p>One character apart in a two-character name is no relation: {@code 利泰} and {@code 利华} are as
 * different as trade names get.
 */
final class TradeNames {

  /**
   * A relation and its parameters; {@code key} is the key whose selectivity decides if it counts.
   */
  record Relation(Code code, Map<String, String> params, MatchKey key, double weight) {

    Relation(Code code, Map<String, String> params, MatchKey key) {
      this(code, params, key, Evidence.WEIGHTS.get(code));
    }
  }

  /**
   * Letters a Latin trade name needs, and characters a Han one, before a typo in it counts as much
   * as an equal name: two companies whose long names are a letter or two apart are rare, two short
   * ones (acme, acma; 亿和源, 亿和园) are not.
   */
  static final int LONG_LATIN = 10;

  static final int LONG_HAN = 4;

  private static final int SHORTEST_SIMILAR_HAN = 3;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern ROMAN = Pattern.compile("i{1,3}|iv|vi{0,3}|ix|x");
  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

  private TradeNames() {}

  static Optional<Relation> relate(CompanyName probe, CompanyName candidate) {
    if (!probe.hasTradeName() || !candidate.hasTradeName()) {
      return Optional.empty();
    }
    String a = probe.tradeName();
    String b = candidate.tradeName();
    var tradeNameKey = new MatchKey(MatchKey.Kind.TRADE_NAME, a);
    var pinyinKey = new MatchKey(MatchKey.Kind.PINYIN, probe.pinyin());
    if (a.equals(b)) {
      return relation(
          Code.TRADE_NAME_EQUAL,
          tradeNameKey,
          "tradeName",
          a,
          "removed",
          String.join(", ", union(probe.removed(), candidate.removed())));
    }
    boolean sameScript = probe.isHan() == candidate.isHan();
    if (probe.pinyin().equals(candidate.pinyin())) {
      Code code = sameScript ? Code.TRADE_NAME_HOMOPHONE : Code.PINYIN_EQUAL;
      Relation same =
          new Relation(
              code, params("probe", a, "candidate", b, "pinyin", probe.pinyin()), pinyinKey);
      return Optional.of(sameScript && isLongHan(a, b) ? typoInLongName(same) : same);
    }
    if (!sameMarks(probe, candidate)) {
      return sameScript ? extended(a, b, tradeNameKey) : Optional.empty();
    }
    if (probe.isHan() && candidate.isHan()) {
      int distance = EditDistance.between(a, b);
      int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
      if (distance == 1 && longer >= SHORTEST_SIMILAR_HAN) {
        Relation similar =
            new Relation(
                Code.TRADE_NAME_SIMILAR,
                params("probe", a, "candidate", b, "distance", "1"),
                tradeNameKey);
        return Optional.of(isLongHan(a, b) ? typoInLongName(similar) : similar);
      }
      return extended(a, b, tradeNameKey);
    }
    int distance = EditDistance.between(probe.pinyin(), candidate.pinyin());
    int shorter = Math.min(probe.pinyin().length(), candidate.pinyin().length());
    if (distance > 0 && distance <= tolerance(shorter)) {
      Code code = sameScript ? Code.TRADE_NAME_SIMILAR : Code.PINYIN_SIMILAR;
      Relation similar =
          new Relation(
              code,
              params("probe", a, "candidate", b, "distance", String.valueOf(distance)),
              pinyinKey);
      return Optional.of(sameScript && shorter >= LONG_LATIN ? typoInLongName(similar) : similar);
    }
    if (!sameScript) {
      return Optional.empty();
    }
    Optional<Relation> extended = extended(a, b, tradeNameKey);
    return extended.isPresent()
        ? typoInIndustryWords(probe, candidate, pinyinKey).or(() -> extended)
        : extended;
  }

  /**
   * {@code Philips Electronis} and {@code Philips Electronics}: one trade name seems to extend the
   * other only because a typo kept an industry word from being recognized. Whole Latin names a typo
   * apart are a long name with a typo.
   */
  private static Optional<Relation> typoInIndustryWords(
      CompanyName probe, CompanyName candidate, MatchKey key) {
    String a = String.join("", probe.latinTokens());
    String b = String.join("", candidate.latinTokens());
    int shorter = Math.min(a.length(), b.length());
    int distance = EditDistance.between(a, b);
    if (shorter < LONG_LATIN || distance == 0 || distance > tolerance(shorter)) {
      return Optional.empty();
    }
    return Optional.of(
        typoInLongName(
            new Relation(
                Code.TRADE_NAME_SIMILAR,
                params("probe", a, "candidate", b, "distance", String.valueOf(distance)),
                key)));
  }

  /**
   * Numbers, roman numerals and compass points tell sites, plants and stores apart ({@code Little
   * Tykes I} and {@code II}, {@code Firman House East} and {@code West}, {@code 利泰1号店} and {@code
   * 利泰2号店}): names differing in them are never a typo of each other.
   */
  private static boolean sameMarks(CompanyName probe, CompanyName candidate) {
    return marks(probe).equals(marks(candidate));
  }

  private static Set<String> marks(CompanyName name) {
    var marks = new HashSet<String>();
    Matcher digits = DIGITS.matcher(name.normalized());
    while (digits.find()) {
      marks.add(digits.group());
    }
    for (String token : name.latinTokens()) {
      if (ROMAN.matcher(token).matches() || COMPASS.contains(token)) {
        marks.add(token);
      }
    }
    return marks;
  }

  private static boolean isLongHan(String a, String b) {
    return Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length())) >= LONG_HAN;
  }

  private static Relation typoInLongName(Relation relation) {
    return new Relation(
        relation.code(), relation.params(), relation.key(), Evidence.LONG_NAME_SIMILAR);
  }

  /** Typos tolerated in Latin letters: none below 4, one up to 7, two from 8 on. */
  static int tolerance(int length) {
    if (length >= 8) {
      return 2;
    }
    return length >= 4 ? 1 : 0;
  }

  private static Optional<Relation> extended(String a, String b, MatchKey key) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.codePointCount(0, shorter.length()) >= 2 && longer.startsWith(shorter)) {
      return relation(Code.TRADE_NAME_EXTENDED, key, "longer", longer, "shorter", shorter);
    }
    return Optional.empty();
  }

  private static Optional<Relation> relation(Code code, MatchKey key, String... namesAndValues) {
    return Optional.of(new Relation(code, params(namesAndValues), key));
  }

  private static Map<String, String> params(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }

  private static List<String> union(List<String> a, List<String> b) {
    var all = new ArrayList<>(a);
    b.stream().filter(x -> !all.contains(x)).forEach(all::add);
    return all;
  }
}
