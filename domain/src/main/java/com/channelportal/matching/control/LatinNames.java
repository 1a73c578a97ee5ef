package com.channelportal.matching.control;

import com.channelportal.matching.control.CompanyName.Branch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Takes apart a name in Latin letters word by word: {@code Shenzhen Litai Electromechanical Co.,
 * Ltd. Guangzhou Branch} is the branch {@code guangzhou branch}, the legal forms {@code co ltd},
 * the region {@code shenzhen}, the industry {@code electromechanical} and the trade name {@code
 * litai}. Regions go wherever they stand ({@code Litai (Shenzhen) Electronics}), because English
 * names put them anywhere. At least one word is always left for the trade name.
 */
final class LatinNames {

  private final NameWords words = NameWords.lists();
  private final Regions regionList = Regions.china();

  private final List<Region> regions = new ArrayList<>();
  private final List<String> regionWords = new ArrayList<>();
  private final List<String> legalForms = new ArrayList<>();
  private final List<String> industryWords = new ArrayList<>();
  private @Nullable Branch branch;

  private LatinNames() {}

  /**
   * Words that only join others ({@code Procter & Gamble}, {@code Procter and Gamble}; {@code The
   * Boeing Company}, {@code Boeing Company}) and are left out or put in at will, so never counted.
   */
  private static final Set<String> FILLERS = Set.of("and", "the", "of", "und", "et");

  private static final Map<String, String> ABBREVIATIONS = abbreviations();

  /**
   * Lower-case runs of letters and digits without filler words: {@code Co.,Ltd.} is {@code [co,
   * ltd]}. Common abbreviations are written out ({@code abbreviations.txt}: Intl, Ctr, Svcs).
   * Single letters in a row are one word, as an initialism is written with dots, spaces or neither:
   * {@code N.V.}, {@code N. V.} and {@code NV} are all {@code nv}, {@code U.K.} is {@code uk}.
   */
  static List<String> tokens(String text) {
    var tokens = new ArrayList<String>();
    var initials = new StringBuilder();
    // an apostrophe joins: Catherine's is catherines, Int'l is intl, Philips' is philips
    String joined = text.toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
    for (String token : joined.split("[^\\p{L}\\p{N}]+")) {
      if (token.codePointCount(0, token.length()) == 1
          && Character.isLetter(token.codePointAt(0))) {
        initials.append(token);
        continue;
      }
      if (initials.length() > 0) {
        tokens.add(initials.toString());
        initials.setLength(0);
      }
      if (!token.isEmpty() && !FILLERS.contains(token)) {
        tokens.add(ABBREVIATIONS.getOrDefault(token, token));
      }
    }
    if (initials.length() > 0) {
      tokens.add(initials.toString());
    }
    return tokens;
  }

  private static Map<String, String> abbreviations() {
    var written = new HashMap<String, String>();
    for (String line : Resources.lines("abbreviations.txt")) {
      String[] sides = line.split("=", 2);
      for (String abbreviation : sides[0].split(",")) {
        written.put(abbreviation.strip().replace("'", ""), sides[1].strip());
      }
    }
    return Map.copyOf(written);
  }

  static CompanyName parse(String raw, String folded) {
    return new LatinNames().take(raw, folded);
  }

  private CompanyName take(String raw, String folded) {
    List<String> tokens = new ArrayList<>(tokens(folded));
    removeBranch(tokens);
    removeLegalForms(tokens);
    List<String> latinTokens = List.copyOf(tokens);
    removeIndustryWords(tokens);
    removeRegions(tokens);
    removeIndustryWords(tokens);
    String tradeName = String.join("", tokens);
    List<String> removed = new ArrayList<>(regionWords);
    removed.addAll(industryWords);
    removed.addAll(legalForms);
    if (branch != null) {
      removed.add(branch.written());
    }
    return new CompanyName(
        raw,
        folded,
        regions,
        legalForms,
        branch,
        tradeName,
        industryWords,
        tradeName,
        latinTokens,
        removed);
  }

  /** Everything from the first branch word on, with the region just before it. */
  private void removeBranch(List<String> tokens) {
    int marker = branchMarker(tokens);
    if (marker < 0) {
      return;
    }
    List<String> written = new ArrayList<>(tokens.subList(marker, tokens.size()));
    tokens.subList(marker, tokens.size()).clear();
    int start = tokens.size();
    if (tokens.size() > 2 && regionOf(tokens.subList(start - 2, start)).isPresent()) {
      start -= 2;
    } else if (tokens.size() > 1 && regionOf(tokens.subList(start - 1, start)).isPresent()) {
      start -= 1;
    }
    Region region = null;
    if (start < tokens.size()) {
      List<String> regionWords = tokens.subList(start, tokens.size());
      region = regionOf(regionWords).orElseThrow();
      written.addAll(0, regionWords);
      regionWords.clear();
    }
    branch = new Branch(written.get(written.size() - 1), region, String.join(" ", written));
  }

  /**
   * Where the branch part starts: at {@code branch} anywhere after the first word, or at a final
   * {@code office} ({@code Shanghai Representative Office}), not at the office of {@code Litai
   * Office Supplies}.
   */
  private static int branchMarker(List<String> tokens) {
    int last = tokens.size() - 1;
    for (int i = 1; i <= last; i++) {
      if (tokens.get(i).equals("branch")) {
        return i;
      }
    }
    if (last >= 1 && tokens.get(last).equals("office")) {
      return last >= 2 && tokens.get(last - 1).equals("representative") ? last - 1 : last;
    }
    return -1;
  }

  /**
   * From the end, then from the start: Dutch, German and Romance forms often lead ({@code N.V.
   * Philips}, {@code Naamloze Vennootschap DSM}, {@code AB Volvo}).
   */
  private void removeLegalForms(List<String> tokens) {
    while (tokens.size() > 1 && words.isLatinLegalForm(last(tokens))) {
      legalForms.add(0, tokens.remove(tokens.size() - 1));
    }
    int leading = 0;
    while (tokens.size() > 1 && words.isLatinLegalForm(tokens.get(0))) {
      legalForms.add(leading++, tokens.remove(0));
    }
  }

  private void removeIndustryWords(List<String> tokens) {
    while (tokens.size() > 1) {
      int n = words.englishIndustryAtEnd(tokens);
      if (n == 0 || n >= tokens.size()) {
        return;
      }
      List<String> phrase = tokens.subList(tokens.size() - n, tokens.size());
      industryWords.add(0, String.join(" ", phrase));
      phrase.clear();
    }
  }

  /** One- and two-word regions ({@code hong kong}) anywhere, as long as a word is left. */
  private void removeRegions(List<String> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.size() > 1) {
      int span = regionSpanAt(tokens, i);
      if (span == 0 || tokens.size() - span < 1) {
        i++;
        continue;
      }
      List<String> spanned = tokens.subList(i, i + span);
      regions.add(regionOf(spanned).orElseThrow());
      regionWords.add(String.join(" ", spanned));
      spanned.clear();
    }
  }

  /** 2 if the two words at {@code i} name a region, else 1 if the word does, else 0. */
  private int regionSpanAt(List<String> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return 0;
    }
    if (i + 1 < tokens.size() && regionOf(tokens.subList(i, i + 2)).isPresent()) {
      return 2;
    }
    return regionOf(tokens.subList(i, i + 1)).isPresent() ? 1 : 0;
  }

  private Optional<Region> regionOf(List<String> words) {
    return regionList.english(String.join("", words));
  }

  private static String last(List<String> tokens) {
    return tokens.get(tokens.size() - 1);
  }
}
