package com.channelportal.matching.control;

import com.channelportal.matching.control.CompanyName.Branch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes apart a name with Han characters, outside in: brackets, Latin legal forms, the branch
 * marker, legal forms from the end, regions from the start, industry words from the end. What is
 * left is the trade name. Nothing is removed that would leave fewer than two characters of it: a
 * trade name may coincide with a region ({@code 中山}) or an industry word.
 */
final class HanNames {

  private static final Pattern BRACKETS = Pattern.compile("[(\\[【〔]([^()\\[\\]【】〔〕]*)[)\\]】〕]");
  private static final Pattern TRAILING_LATIN_WORD =
      Pattern.compile("(?:^|(?<=[^a-z]))([a-z]+)[^\\p{L}\\p{N}]*$");
  private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]*");
  private static final int SHORTEST_TRADE_NAME = 2;

  private final NameWords words = NameWords.lists();
  private final Regions regionList = Regions.china();

  private final List<Region> regions = new ArrayList<>();
  private final List<String> regionForms = new ArrayList<>();
  private final List<String> bracketedRegions = new ArrayList<>();
  private final List<String> legalForms = new ArrayList<>();
  private final List<String> industryWords = new ArrayList<>();
  private @Nullable Branch branch;

  private HanNames() {}

  static CompanyName parse(String raw, String folded) {
    return new HanNames().take(raw, folded);
  }

  private CompanyName take(String raw, String folded) {
    List<String> latinTokens = new ArrayList<>();
    String text = removeBrackets(folded);
    text = removeLatinLegalForms(text);
    Matcher latin = LATIN_WORD.matcher(text);
    while (latin.find()) {
      latinTokens.add(latin.group());
    }
    text =
        text.codePoints()
            .filter(Character::isLetterOrDigit)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    text = removeBranch(text);
    text = removeLegalForms(text);
    text = removeRegions(text);
    text = removeIndustryWords(text);
    List<String> removed = new ArrayList<>(regionForms);
    removed.addAll(bracketedRegions);
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
        text,
        industryWords,
        Transliteration.pinyin(text),
        latinTokens,
        removed);
  }

  /** {@code 利泰（深圳）机电}: a region or legal form in brackets goes, any other content stays. */
  private String removeBrackets(String text) {
    Matcher group = BRACKETS.matcher(text);
    var out = new StringBuilder();
    while (group.find()) {
      String content = group.group(1).replaceAll("[^\\p{L}\\p{N}]", "");
      Optional<Region> region = bracketedRegion(content);
      if (region.isPresent()) {
        regions.add(region.get());
        bracketedRegions.add(group.group());
        group.appendReplacement(out, "");
      } else if (!content.isEmpty() && isOnlyLegalForms(content)) {
        legalForms.add(content);
        group.appendReplacement(out, "");
      } else {
        group.appendReplacement(out, Matcher.quoteReplacement(" " + group.group(1) + " "));
      }
    }
    group.appendTail(out);
    return out.toString();
  }

  /** {@code 深圳}, {@code 深圳市}, {@code shenzhen}: all of the content, not just its start. */
  private Optional<Region> bracketedRegion(String content) {
    Optional<Regions.Found> found = regionList.at(content, 0, null);
    if (found.isPresent() && found.get().form().equals(content)) {
      return Optional.of(found.get().region());
    }
    return content.isEmpty() ? Optional.empty() : regionList.english(content);
  }

  /** {@code 深圳利泰机电 Co., Ltd.}: Latin legal forms go as whole words from the end. */
  private String removeLatinLegalForms(String text) {
    while (true) {
      Matcher last = TRAILING_LATIN_WORD.matcher(text);
      if (!last.find() || !words.isLatinLegalForm(last.group(1)) || last.start(1) == 0) {
        return text;
      }
      legalForms.add(0, last.group(1));
      text = text.substring(0, last.start(1));
    }
  }

  /** {@code 深圳利泰机电有限公司广州分公司}: the marker, and the region before it, belong to the branch. */
  private String removeBranch(String text) {
    for (String marker : NameWords.CHINESE_BRANCH_MARKERS) {
      if (text.endsWith(marker) && text.length() > marker.length() + SHORTEST_TRADE_NAME) {
        String before = text.substring(0, text.length() - marker.length());
        Optional<Regions.Found> region = regionList.atEnd(before);
        String regionForm = region.map(Regions.Found::form).orElse("");
        branch =
            new Branch(marker, region.map(Regions.Found::region).orElse(null), regionForm + marker);
        return before.substring(0, before.length() - regionForm.length());
      }
    }
    return text;
  }

  private String removeLegalForms(String text) {
    while (true) {
      Optional<String> form = words.chineseLegalFormAtEnd(text);
      if (form.isEmpty() || text.length() - form.get().length() < SHORTEST_TRADE_NAME) {
        return text;
      }
      legalForms.add(0, form.get());
      text = text.substring(0, text.length() - form.get().length());
    }
  }

  /**
   * {@code 广东省深圳市南山区利泰机电}: regions from the start. The last one is put back if only industry words
   * would be left ({@code 安康科技}: 安康 is a city, here the trade name).
   */
  private String removeRegions(String text) {
    int from = 0;
    Region previous = null;
    while (true) {
      Optional<Regions.Found> found = regionList.at(text, from, previous);
      if (found.isEmpty()) {
        break;
      }
      int next = from + found.get().form().length();
      String rest = text.substring(next);
      if (rest.length() < SHORTEST_TRADE_NAME || stripIndustryWords(rest).isEmpty()) {
        break;
      }
      previous = found.get().region();
      regions.add(previous);
      regionForms.add(found.get().form());
      from = next;
    }
    return text.substring(from);
  }

  private String removeIndustryWords(String text) {
    while (true) {
      Optional<String> word = words.chineseIndustryWordAtEnd(text);
      if (word.isEmpty() || text.length() - word.get().length() < SHORTEST_TRADE_NAME) {
        return text;
      }
      industryWords.add(0, word.get());
      text = text.substring(0, text.length() - word.get().length());
    }
  }

  private String stripIndustryWords(String text) {
    while (true) {
      Optional<String> word = words.chineseIndustryWordAtEnd(text);
      if (word.isEmpty()) {
        return text;
      }
      text = text.substring(0, text.length() - word.get().length());
    }
  }

  private boolean isOnlyLegalForms(String text) {
    while (!text.isEmpty()) {
      Optional<String> form = words.chineseLegalFormAtEnd(text);
      if (form.isEmpty()) {
        return words.isLatinLegalForm(text);
      }
      text = text.substring(0, text.length() - form.get().length());
    }
    return true;
  }
}
