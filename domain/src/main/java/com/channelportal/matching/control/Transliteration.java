package com.channelportal.matching.control;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Traditional to simplified Chinese and Han to toneless pinyin, with ICU4J's transliterators (the
 * Unicode CLDR data, kept current by updating the library).
 *
 * <p>Both are applied character by character through a cache. ICU's Han-Latin takes about 120 µs
 * for a four-character name even when warm, which would make indexing 100 000 candidates take tens
 * of seconds; a cached character costs a map lookup. Per character is also what ICU does anyway:
 * its Han-Latin reads {@code 长沙} as {@code zhang sha}, not by the phrase. A wrong reading is
 * harmless as long as it is the same on both sides, which one reading per character guarantees.
 *
 * <p>Transliterator instances are not thread-safe, so a cache miss runs the shared instance under
 * its lock; after the first few thousand names nearly every character is a hit and the lock is no
 * longer taken (measured in {@code MatcherBenchmark}).
 */
final class Transliteration {

  private static final Transliterator TO_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");
  private static final Transliterator TO_PINYIN =
      Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
  private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

  private Transliteration() {}

  /** {@code 深圳利泰機電} becomes {@code 深圳利泰机电}; everything but Han characters stays as it is. */
  static String simplified(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (isHan(c)) {
                out.append(cached(SIMPLIFIED, c, Transliteration::toSimplified));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * {@code 利泰} becomes {@code litai}: lower case, no tones, no spaces; characters other than Han
   * are kept, lower-cased, so that a name mixing scripts ({@code 利泰ABC}) reads {@code litaiabc}.
   */
  static String pinyin(String text) {
    var out = new StringBuilder(text.length() * 3);
    text.codePoints()
        .forEach(
            c -> {
              if (isHan(c)) {
                out.append(cached(PINYIN, c, Transliteration::toPinyin));
              } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toString(Character.toLowerCase(c)));
              }
            });
    return out.toString();
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean containsHan(String text) {
    return text.codePoints().anyMatch(Transliteration::isHan);
  }

  /**
   * A plain read first: {@code computeIfAbsent} locks the map's bin on every call that does not hit
   * the bin's first entry, and two threads matching in parallel then wait for each other.
   */
  private static String cached(Map<Integer, String> cache, int c, IntFunction<String> compute) {
    String value = cache.get(c);
    return value != null ? value : cache.computeIfAbsent(c, compute::apply);
  }

  private static String toSimplified(int c) {
    synchronized (TO_SIMPLIFIED) {
      return TO_SIMPLIFIED.transliterate(Character.toString(c));
    }
  }

  private static String toPinyin(int c) {
    String latin;
    synchronized (TO_PINYIN) {
      latin = TO_PINYIN.transliterate(Character.toString(c));
    }
    var letters = new StringBuilder();
    latin
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(l -> letters.appendCodePoint(Character.toLowerCase(l)));
    return letters.toString();
  }
}
