package com.channelportal.matching.control;

import com.channelportal.matching.entity.MatchSubject;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A subject with every field normalized once, so that a candidate is parsed when it is indexed and
 * not again for every probe it is compared with.
 *
 * @param uscc the code as checked; only a valid one is evidence
 * @param domains of website and e-mail, without repeats
 * @param city the prefecture-level city: from the city field, else the branch's region, else the
 *     name's regions; a foreign city field in Latin letters, folded ({@code munich})
 * @param province the provincial-level division, by the same order
 * @param industry folded for comparison: NFKC, trimmed, lower case
 */
public record SubjectProfile(
    MatchSubject subject,
    CompanyName name,
    CreditCodeCheck uscc,
    List<WebDomain> domains,
    List<String> phones,
    @Nullable String city,
    @Nullable String province,
    @Nullable String industry,
    @Nullable String subIndustry) {

  /** Trade names and pinyin shorter than this have too many namesakes to find typos of. */
  private static final int SHORTEST_VARIANT_HAN = 3;

  private static final int SHORTEST_VARIANT_LATIN = 4;

  /**
   * Shorter words ({@code co}, {@code sun}, {@code art}) are shared by too many names to look up.
   */
  private static final int SHORTEST_WORD = 4;

  public static SubjectProfile of(MatchSubject subject) {
    CompanyName name = CompanyName.parse(subject.name());
    var domains = new LinkedHashSet<WebDomain>();
    WebDomains.ofWebsite(subject.website()).ifPresent(domains::add);
    WebDomains.ofEmail(subject.email()).ifPresent(domains::add);
    Regions regions = Regions.china();
    Optional<Region> named =
        regions
            .named(subject.city())
            .or(
                () ->
                    Transliteration.containsHan(String.valueOf(subject.city()))
                        ? Optional.empty()
                        : regions.amongWords(subject.city()));
    Optional<Region> place =
        named
            .or(() -> Optional.ofNullable(name.branch()).map(CompanyName.Branch::region))
            .or(name::home);
    String city = named.isEmpty() ? foreignCity(subject.city()) : null;
    if (city == null) {
      city = place.map(Region::city).orElse(null);
    }
    String province =
        regions
            .named(subject.province())
            .map(Region::province)
            .orElse(place.map(Region::province).orElse(null));
    return new SubjectProfile(
        subject,
        name,
        UnifiedSocialCreditCode.check(subject.uscc()),
        List.copyOf(domains),
        PhoneNumbers.normalizeAll(subject.phone()),
        city,
        province,
        fold(subject.industry()),
        fold(subject.subIndustry()));
  }

  /**
   * A city field in Latin letters that names no Chinese region ({@code Munich}, {@code Chicago}):
   * kept, folded, so that two foreign records in one city or in two cities compare as Chinese ones
   * do. A Chinese city field that is not understood ({@code 深圳南山科技园}) is no evidence instead:
   * guessing from it would make typos into other cities.
   */
  private static @Nullable String foreignCity(@Nullable String field) {
    if (field == null || Transliteration.containsHan(field)) {
      return null;
    }
    String folded = Regions.latinKey(Normalizer.normalize(field, Normalizer.Form.NFKC));
    return folded.isEmpty() ? null : folded;
  }

  /**
   * Whether {@code city} is a foreign one of {@link #foreignCity}; Chinese regions are known by
   * their Chinese short names. A Chinese and a foreign city are not compared: {@code Shenzhen
   * Nanshan} may be either.
   */
  static boolean isForeign(String city) {
    return !Transliteration.containsHan(city);
  }

  /** The keys this subject is indexed and looked up by. */
  public Set<MatchKey> keys() {
    var keys = new LinkedHashSet<MatchKey>();
    if (uscc.isValid()) {
      keys.add(new MatchKey(MatchKey.Kind.USCC, uscc.code()));
    }
    if (name.hasTradeName()) {
      keys.add(new MatchKey(MatchKey.Kind.TRADE_NAME, name.tradeName()));
      if (!name.industries().isEmpty()) {
        keys.add(new MatchKey(MatchKey.Kind.NAME, name.identity()));
      }
      keys.add(new MatchKey(MatchKey.Kind.PINYIN, name.pinyin()));
      if (name.isHan()) {
        variants(name.tradeName(), SHORTEST_VARIANT_HAN, keys);
      }
      variants(name.pinyin(), SHORTEST_VARIANT_LATIN, keys);
      if (!name.isHan()) {
        name.latinTokens().stream()
            .filter(word -> word.length() >= SHORTEST_WORD && !word.equals(name.tradeName()))
            .filter(SubjectProfile::isTradeNameWord)
            .forEach(word -> keys.add(new MatchKey(MatchKey.Kind.WORD, word)));
      }
    }
    domains.stream()
        .filter(WebDomain::isEvidence)
        .forEach(domain -> keys.add(new MatchKey(MatchKey.Kind.DOMAIN, domain.domain())));
    phones.forEach(phone -> keys.add(new MatchKey(MatchKey.Kind.PHONE, phone)));
    return keys;
  }

  /**
   * Who holds a key, for counting distinct companies: the name's identity, or the subject itself
   * when it has no trade name.
   */
  Object holder() {
    return name.hasTradeName() ? name.identity() : subject;
  }

  /**
   * Regions and industry words are shared by thousands of names; as keys they would only fill the
   * database lookup's row limit before the selectivity count could drop them.
   */
  private static boolean isTradeNameWord(String word) {
    return NameWords.lists().englishIndustryAtEnd(List.of(word)) == 0
        && Regions.china().english(word).isEmpty();
  }

  /** The text itself and every form with one character left out: {@code 亿和源} → 和源, 亿源, 亿和. */
  private static void variants(String text, int shortest, Set<MatchKey> keys) {
    int[] chars = text.codePoints().toArray();
    if (chars.length < shortest) {
      return;
    }
    keys.add(new MatchKey(MatchKey.Kind.VARIANT, text));
    for (int skip = 0; skip < chars.length; skip++) {
      var variant = new StringBuilder();
      for (int i = 0; i < chars.length; i++) {
        if (i != skip) {
          variant.appendCodePoint(chars[i]);
        }
      }
      keys.add(new MatchKey(MatchKey.Kind.VARIANT, variant.toString()));
    }
  }

  private static @Nullable String fold(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }
}
