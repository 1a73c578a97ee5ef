package com.channelportal.matching.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a company name that are not its trade name: legal forms ({@code legal-forms.txt}),
 * industry words ({@code industry-words.txt}) and branch markers. Industry words map to an
 * industry, the first Chinese word of their line, so that {@code 技术}, {@code 科技} and {@code
 * technologies} compare equal.
 */
final class NameWords {

  /**
   * What ends the name of a branch, office or outlet that is not a legal entity of its own and so
   * belongs to the company named before it. Few and stable, so not a resource.
   */
  static final List<String> CHINESE_BRANCH_MARKERS =
      List.of("分公司", "分厂", "分店", "分部", "分所", "分行", "支行", "办事处", "代表处", "营业部");

  private static final NameWords LISTS =
      new NameWords(Resources.lines("legal-forms.txt"), Resources.lines("industry-words.txt"));

  /** Longest first, so that {@code 股份有限公司} is removed before {@code 有限公司} could be. */
  private final List<String> chineseLegalForms = new ArrayList<>();

  private final Set<String> latinLegalForms = new HashSet<>();

  /** Longest first, as the legal forms. */
  private final List<String> chineseIndustryWords = new ArrayList<>();

  private final Map<String, String> industries = new HashMap<>();
  private final Map<List<String>, String> englishIndustries = new HashMap<>();
  private int longestEnglishIndustry;

  static NameWords lists() {
    return LISTS;
  }

  private NameWords(List<String> legalForms, List<String> industryLines) {
    for (String form : legalForms) {
      if (Transliteration.containsHan(form)) {
        chineseLegalForms.add(form);
      } else {
        latinLegalForms.add(form);
      }
    }
    chineseLegalForms.sort(Comparator.comparingInt(String::length).reversed());
    for (String line : industryLines) {
      String[] sides = line.split("=", 2);
      List<String> words = List.of(sides[0].strip().split("\\s+"));
      words.forEach(word -> industries.put(word, words.get(0)));
      chineseIndustryWords.addAll(words);
      for (String english : sides[1].split(";")) {
        List<String> tokens = LatinNames.tokens(english);
        englishIndustries.put(tokens, words.get(0));
        longestEnglishIndustry = Math.max(longestEnglishIndustry, tokens.size());
      }
    }
    chineseIndustryWords.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** The longest Chinese legal form that {@code text} ends with. */
  Optional<String> chineseLegalFormAtEnd(String text) {
    return chineseLegalForms.stream().filter(text::endsWith).findFirst();
  }

  boolean isLatinLegalForm(String word) {
    return latinLegalForms.contains(word);
  }

  /** The longest Chinese industry word that {@code text} ends with. */
  Optional<String> chineseIndustryWordAtEnd(String text) {
    return chineseIndustryWords.stream().filter(text::endsWith).findFirst();
  }

  /**
   * The longest English industry phrase that {@code tokens} end with, as the number of tokens it
   * takes; 0 if none.
   */
  int englishIndustryAtEnd(List<String> tokens) {
    for (int n = Math.min(longestEnglishIndustry, tokens.size()); n > 0; n--) {
      if (englishIndustries.containsKey(tokens.subList(tokens.size() - n, tokens.size()))) {
        return n;
      }
    }
    return 0;
  }

  /** The industry of a word from either list ({@code 技术} and {@code technology} are {@code 科技}). */
  String industryOf(String word) {
    String chinese = industries.get(word);
    if (chinese != null) {
      return chinese;
    }
    return englishIndustries.getOrDefault(LatinNames.tokens(word), word);
  }
}
