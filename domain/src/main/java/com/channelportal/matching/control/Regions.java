package com.channelportal.matching.control;

import com.channelportal.matching.control.Region.Level;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The regions of {@code regions.txt}, found where company names put them: at the start ({@code
 * 广东省深圳市南山区…}), in brackets ({@code 利泰（深圳）…}), before a branch marker ({@code …广州分公司}), or as the
 * whole of a claim's city field, in Chinese or English.
 */
final class Regions {

  /** A region as written in a text: {@code form} is the characters that named it. */
  record Found(Region region, String form) {}

  private static final int LONGEST_FORM = 16;

  private final Map<String, List<Region>> byForm = new HashMap<>();
  private final Map<String, Region> byEnglish = new HashMap<>();

  private static final Regions CHINA = new Regions(Resources.lines("regions.txt"));

  static Regions china() {
    return CHINA;
  }

  private Regions(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("*")) {
        add(line.substring(1).strip(), Level.COUNTRY, null, null, "");
      } else if (line.startsWith(">") || line.startsWith("+")) {
        String[] parts = line.substring(1).split(":", 2);
        Region city = byForm.get(parts[0].strip()).get(0);
        Level level = line.startsWith(">") ? Level.DISTRICT : Level.COUNTY_CITY;
        for (String entry : words(parts[1])) {
          add(entry, level, city.province(), city.name(), level == Level.DISTRICT ? "区" : "市");
        }
      } else {
        String[] parts = line.split(":", 2);
        String province = shortName(parts[0]);
        boolean municipality = parts[1].isBlank();
        add(parts[0].strip(), Level.PROVINCE, province, municipality ? province : null, "");
        for (String entry : words(parts[1])) {
          add(entry, Level.CITY, province, shortName(entry), "市");
        }
      }
    }
  }

  /**
   * The longest region that {@code text} starts with at {@code from}; districts only after their
   * city.
   */
  Optional<Found> at(String text, int from, @Nullable Region previous) {
    for (int end = Math.min(text.length(), from + LONGEST_FORM); end > from; end--) {
      String form = text.substring(from, end);
      for (Region region : byForm.getOrDefault(form, List.of())) {
        if (region.level() != Level.DISTRICT
            || previous != null && region.city().equals(previous.city())) {
          return Optional.of(new Found(region, form));
        }
      }
    }
    return Optional.empty();
  }

  /** The longest region that {@code text} ends with, districts included: {@code …有限公司广州}. */
  Optional<Found> atEnd(String text) {
    for (int start = Math.max(0, text.length() - LONGEST_FORM); start < text.length(); start++) {
      String form = text.substring(start);
      List<Region> regions = byForm.getOrDefault(form, List.of());
      if (!regions.isEmpty()) {
        return Optional.of(new Found(regions.get(0), form));
      }
    }
    return Optional.empty();
  }

  /**
   * The region a whole field names: {@code 深圳}, {@code 深圳市}, {@code 廣東省}, {@code Shenzhen}, {@code
   * Hong Kong}. Districts are not looked up alone, their names are too ambiguous.
   */
  Optional<Region> named(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    String chinese = Transliteration.simplified(folded).replaceAll("[^\\p{L}\\p{N}]", "");
    for (Region region : byForm.getOrDefault(chinese, List.of())) {
      if (region.level() != Level.DISTRICT) {
        return Optional.of(region);
      }
    }
    return english(latinKey(folded)).or(() -> chained(chinese));
  }

  /**
   * A field naming several levels ({@code 广东省深圳市南山区}, {@code 中国-深圳}): the most specific region, if
   * the regions make up the whole field.
   */
  private Optional<Region> chained(String text) {
    int from = 0;
    Region last = null;
    while (from < text.length()) {
      Optional<Found> found = at(text, from, last);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      last = found.get().region();
      from += found.get().form().length();
    }
    return Optional.ofNullable(last);
  }

  /**
   * The most specific region among the words of a Latin field ({@code Shenzhen City}, {@code
   * Guangdong Shenzhen}, {@code Nanshan District, Shenzhen}); one- and two-word names, as in
   * company names.
   */
  Optional<Region> amongWords(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    List<String> words = LatinNames.tokens(Normalizer.normalize(text, Normalizer.Form.NFKC));
    Region best = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      Optional<Region> found =
          i + 1 < words.size() ? english(word + words.get(i + 1)) : Optional.empty();
      found = found.or(() -> english(word));
      if (found.isPresent() && (best == null || found.get().city() != null)) {
        best = found.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** A region by its English or pinyin spelling, lower case without spaces: {@code hongkong}. */
  Optional<Region> english(String key) {
    return Optional.ofNullable(byEnglish.get(key));
  }

  static String latinKey(String text) {
    var key = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  /** {@code SHORT[/FORM…][=ENGLISH,…]}; without forms a city is also SHORT市, a district SHORT区. */
  private void add(
      String entry, Level level, @Nullable String province, @Nullable String city, String suffix) {
    String[] spelling = entry.split("=", 2);
    String[] forms = spelling[0].split("/");
    String name = forms[0];
    var region = new Region(name, level, province, city);
    register(name, region);
    if (forms.length == 1 && !suffix.isEmpty()) {
      register(name + suffix, region);
    }
    for (int i = 1; i < forms.length; i++) {
      register(forms[i], region);
    }
    if (level != Level.DISTRICT) {
      var english =
          spelling.length > 1
              ? List.of(spelling[1].split(","))
              : List.of(Transliteration.pinyin(name));
      english.forEach(spelt -> byEnglish.putIfAbsent(latinKey(spelt), region));
    }
  }

  private void register(String form, Region region) {
    byForm.computeIfAbsent(form, f -> new ArrayList<>(1)).add(region);
  }

  private static String shortName(String entry) {
    return entry.strip().split("[/=]", 2)[0];
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
  }
}
