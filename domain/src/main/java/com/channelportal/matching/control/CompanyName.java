package com.channelportal.matching.control;

import com.channelportal.matching.control.Region.Level;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A company name taken apart the way Chinese enterprise names are built (企业名称登记管理规定: region + trade
 * name + industry + legal form, {@code 深圳 利泰 机电 有限公司}), so that the trade name (字号), the part that
 * actually tells companies apart, can be compared alone and the rest weighed for what it is worth.
 * English names are taken apart the same way ({@code Shenzhen Litai Electromechanical Co., Ltd.})
 * and their trade name compared with the pinyin of Chinese ones.
 *
 * <p>Before anything else a name is folded: NFKC (full-width {@code ＬＩＴＡＩ} to {@code litai}, {@code
 * （} to {@code (}), traditional to simplified characters, lower case.
 *
 * @param normalized the whole name folded, whitespace collapsed
 * @param regions the regions the name carries, outermost first; a branch's region is in {@link
 *     Branch}, not here
 * @param legalForms as written, simplified ({@code 有限公司}, {@code ltd})
 * @param branch set if the name is that of a branch or office of the company it names
 * @param tradeName the 字号: Han characters as written (simplified), or Latin words lower case and
 *     joined ({@code litai}); empty if nothing but regions, industry words and legal forms is left
 * @param industryWords as written, simplified ({@code 机电}, {@code electromechanical})
 * @param pinyin the trade name in toneless pinyin without spaces; a Latin trade name itself
 * @param latinTokens the Latin words of the name, legal forms excepted
 * @param removed every part of the name that is not the trade name, as it was written (after
 *     folding), for the reasons shown to a user: {@code [深圳市, 机电, 有限公司]}
 */
public record CompanyName(
    String raw,
    String normalized,
    List<Region> regions,
    List<String> legalForms,
    @Nullable Branch branch,
    String tradeName,
    List<String> industryWords,
    String pinyin,
    List<String> latinTokens,
    List<String> removed) {

  /**
   * A branch (分公司), office (办事处, 代表处) or outlet: not a legal entity of its own, so a customer of
   * the company it belongs to.
   *
   * @param written what was removed from the name for it: {@code 广州分公司}
   */
  public record Branch(String marker, @Nullable Region region, String written) {}

  public CompanyName {
    Objects.requireNonNull(raw, "raw");
    regions = List.copyOf(regions);
    legalForms = List.copyOf(legalForms);
    industryWords = List.copyOf(industryWords);
    latinTokens = List.copyOf(latinTokens);
    removed = List.copyOf(removed);
  }

  /** Takes {@code raw} apart; blank or null gives a name with an empty trade name. */
  public static CompanyName parse(@Nullable String raw) {
    String text = raw == null ? "" : raw;
    String folded =
        Transliteration.simplified(Normalizer.normalize(text, Normalizer.Form.NFKC))
            .toLowerCase(Locale.ROOT)
            .strip()
            .replaceAll("\\s+", " ");
    return Transliteration.containsHan(folded)
        ? HanNames.parse(text, folded)
        : LatinNames.parse(text, folded);
  }

  public boolean hasTradeName() {
    return !tradeName.isEmpty();
  }

  /** Whether the trade name is written in Han characters (rather than in Latin letters). */
  public boolean isHan() {
    return Transliteration.containsHan(tradeName);
  }

  /**
   * The industries its industry words stand for, so that {@code 技术} equals {@code technologies}.
   */
  public Set<String> industries() {
    return industryWords.stream()
        .map(NameWords.lists()::industryOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public boolean isGroup() {
    return legalForms.stream().anyMatch(form -> form.contains("集团") || form.equals("group"));
  }

  /** Where the company is at home by its name: its most specific region below the province. */
  public Optional<Region> home() {
    Region best = null;
    for (Region region : regions) {
      if (region.level() != Level.COUNTRY && (best == null || region.city() != null)) {
        best = region;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Trade name and industries: what one company has in common across the spellings of its name, so
   * that the same customer registered by several partners counts once when a key's selectivity is
   * judged.
   */
  public String identity() {
    return tradeName + "|" + String.join(",", industries());
  }
}
