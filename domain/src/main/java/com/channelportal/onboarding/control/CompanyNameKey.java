package com.channelportal.onboarding.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A company name folded for comparison, so that the spellings one company is commonly written in
 * compare equal: {@code 深圳利泰机电有限公司}, {@code 深圳利泰机电（有限公司）} and {@code 深圳利泰机电 股份有限公司} all become
 * {@code 深圳利泰机电}, {@code ＬＩＴＡＩ Ｃｏ．，Ｌｔｄ．} and {@code Litai Co Ltd} become {@code litai}.
 *
 * <p>The folding: NFKC (full-width to half-width), lower case, every character that is no letter,
 * digit or combining mark removed (whitespace, punctuation, brackets), then legal forms removed
 * from the end. Latin legal forms only go as whole words, so that {@code Zinc} keeps its {@code
 * inc}; Chinese is written without word boundaries, so Chinese forms go as trailing text.
 *
 * <p>Deliberately small: region prefixes ({@code 深圳市}), traditional characters and pinyin are not
 * folded yet. A richer matcher will score similar names; this key only finds the same name twice.
 */
public final class CompanyNameKey {

  /** Longest first, because the shorter ones end the longer ones. */
  private static final List<String> CHINESE_LEGAL_FORMS =
      List.of("集团股份有限公司", "集团有限责任公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "公司");

  private static final Set<String> LATIN_LEGAL_FORMS =
      Set.of(
          "co",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "llp",
          "plc",
          "gmbh",
          "ag",
          "kg",
          "pte",
          "pty");

  private CompanyNameKey() {}

  /** The key of {@code name}; empty if nothing but a legal form and punctuation is left. */
  public static String of(@Nullable String name) {
    if (name == null) {
      return "";
    }
    var folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var words = words(folded);
    removeLegalForms(words);
    return String.join("", words);
  }

  /**
   * Removes legal forms from the end until none is left, Latin and Chinese in any order ({@code
   * Litai Co. 有限公司}). A Chinese form may span words ({@code 利泰（集团）有限公司}), so it is looked for in
   * the Han words at the end taken together.
   */
  private static void removeLegalForms(List<String> words) {
    while (!words.isEmpty()) {
      if (LATIN_LEGAL_FORMS.contains(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
        continue;
      }
      int start = words.size();
      while (start > 0 && isHan(words.get(start - 1).codePointAt(0))) {
        start--;
      }
      var hanTail = String.join("", words.subList(start, words.size()));
      var form = CHINESE_LEGAL_FORMS.stream().filter(hanTail::endsWith).findFirst();
      if (form.isEmpty()) {
        return;
      }
      words.subList(start, words.size()).clear();
      var rest = hanTail.substring(0, hanTail.length() - form.get().length());
      if (!rest.isEmpty()) {
        words.add(rest);
      }
    }
  }

  /**
   * Runs of letters, digits and marks; a change between Han and other scripts also separates words,
   * so that the {@code Co} of {@code 利泰Co.,Ltd} is a word of its own.
   */
  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    var word = new StringBuilder();
    boolean han = false;
    for (int c : text.codePoints().toArray()) {
      if (!isWordCharacter(c)) {
        flush(word, words);
        continue;
      }
      if (isHan(c) != han) {
        flush(word, words);
        han = isHan(c);
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  private static boolean isWordCharacter(int c) {
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK ->
          true;
      default -> Character.isLetterOrDigit(c);
    };
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
