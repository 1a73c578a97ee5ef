package com.channelportal.matching.control;

import com.channelportal.matching.entity.MatchReason;
import com.channelportal.matching.entity.MatchReason.Code;
import com.channelportal.matching.entity.MatchReason.Effect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reasons for and against one probe and one candidate naming the same company, and the score
 * they make; the weights and the arithmetic are documented on {@link ConflictMatcher}.
 */
final class Evidence {

  static final double USCC_FLOOR = 0.99;
  static final double USCC_CAP = 0.2;

  /** A weight for the codes that add evidence, a factor for those that discount the name. */
  static final Map<Code, Double> WEIGHTS =
      Map.ofEntries(
          Map.entry(Code.TRADE_NAME_EQUAL, 0.6),
          Map.entry(Code.PINYIN_EQUAL, 0.5),
          Map.entry(Code.TRADE_NAME_HOMOPHONE, 0.45),
          Map.entry(Code.TRADE_NAME_SIMILAR, 0.4),
          Map.entry(Code.PINYIN_SIMILAR, 0.35),
          Map.entry(Code.TRADE_NAME_EXTENDED, 0.15),
          Map.entry(Code.INDUSTRY_WORDS_EQUAL, 0.6),
          Map.entry(Code.INDUSTRY_WORDS_OVERLAP, 0.3),
          Map.entry(Code.BRANCH_OF, 0.5),
          Map.entry(Code.BRANCHES_OF_ONE_COMPANY, 0.5),
          Map.entry(Code.SAME_CITY, 0.2),
          Map.entry(Code.INDUSTRY_WORDS_DIFFERENT, 0.85),
          Map.entry(Code.GROUP_AND_MEMBER, 0.5),
          Map.entry(Code.OTHER_CITY, 0.5),
          Map.entry(Code.DOMAIN_EQUAL, 0.8),
          Map.entry(Code.PHONE_EQUAL, 0.7));

  /**
   * A typo (TRADE_NAME_SIMILAR, TRADE_NAME_HOMOPHONE) in a long trade name, {@link
   * TradeNames#LONG_LATIN} letters or {@link TradeNames#LONG_HAN} characters: as much as an equal
   * name, because long names a letter apart are rarely two companies.
   */
  static final double LONG_NAME_SIMILAR = 0.6;

  /**
   * PHONE_EQUAL when both trade names are in one script and unrelated: a number shared by 利泰 and 宏达
   * is as often a business centre's switchboard or the registration agent's line as a renamed
   * company. Still worth a review; no longer "likely" on its own.
   */
  static final double PHONE_OF_OTHER_NAME = 0.55;

  static final double OTHER_INDUSTRY = 0.5;
  static final double OTHER_SUB_INDUSTRY = 0.8;

  private final SubjectProfile probe;
  private final SubjectProfile candidate;
  private final KeySelectivity selectivity;
  private final List<MatchReason> reasons = new ArrayList<>();
  private double nameAgainst = 1;
  private double nameDiscount = 1;
  private double contactAgainst = 1;
  private boolean floor;
  private boolean cap;
  private boolean links;

  /** Both names have trade names in one script, and nothing relates them. */
  private final boolean namesDiffer;

  Evidence(SubjectProfile probe, SubjectProfile candidate, KeySelectivity selectivity) {
    this.probe = probe;
    this.candidate = candidate;
    this.selectivity = selectivity;
    CompanyName a = probe.name();
    CompanyName b = candidate.name();
    this.namesDiffer =
        a.hasTradeName()
            && b.hasTradeName()
            && a.isHan() == b.isHan()
            && TradeNames.relate(a, b).isEmpty()
            && Collections.disjoint(words(a), words(b));
    boolean branches = new NameEvidence(this, probe, candidate).compare();
    compareCodes(branches);
    compareDomains();
    comparePhones();
  }

  /** Whether anything ties the two records together; a shared city or industry alone does not. */
  boolean links() {
    return links;
  }

  double score() {
    double name = (1 - nameAgainst) * nameDiscount;
    double score = 1 - (1 - name) * contactAgainst;
    if (floor) {
      score = 1 - (1 - USCC_FLOOR) * (1 - score);
    }
    if (cap) {
      score = Math.min(score, USCC_CAP);
    }
    return Math.max(0, Math.min(1, score));
  }

  /**
   * Floors and caps first, then evidence for by weight, discounts by strength, information last.
   */
  List<MatchReason> reasons() {
    return reasons.stream()
        .sorted(
            Comparator.comparing((MatchReason r) -> r.code().effect())
                .thenComparing(r -> r.code().effect() == Effect.ADDS ? -r.weight() : r.weight()))
        .toList();
  }

  /** Evidence from the name: combined with the name's other evidence, subject to its discounts. */
  void name(Code code, Map<String, String> params) {
    name(code, WEIGHTS.get(code), params);
  }

  void name(Code code, double weight, Map<String, String> params) {
    reasons.add(new MatchReason(code, weight, params));
    nameAgainst *= 1 - weight;
    links |= code != Code.SAME_CITY;
  }

  void discount(Code code, double factor, Map<String, String> params) {
    reasons.add(new MatchReason(code, factor, params));
    nameDiscount *= factor;
  }

  void discount(Code code, Map<String, String> params) {
    discount(code, WEIGHTS.get(code), params);
  }

  void inform(Code code, Map<String, String> params) {
    reasons.add(new MatchReason(code, 0, params));
  }

  /** Whether {@code key} may count; if not, says so among the reasons. */
  boolean selective(MatchKey key) {
    if (selectivity.isSelective(key)) {
      return true;
    }
    inform(
        Code.KEY_UNSELECTIVE,
        params(
            "key", key.kind().name(),
            "value", key.value(),
            "limit", String.valueOf(selectivity.limit(key.kind()))));
    return false;
  }

  private void compareCodes(boolean branches) {
    if (probe.uscc().isValid() && candidate.uscc().isValid()) {
      String a = probe.uscc().code();
      String b = candidate.uscc().code();
      if (a.equals(b)) {
        reasons.add(new MatchReason(Code.USCC_EQUAL, USCC_FLOOR, params("uscc", a)));
        floor = true;
        links = true;
      } else if (branches) {
        inform(Code.USCC_OF_BRANCH, params("probe", a, "candidate", b));
      } else {
        reasons.add(
            new MatchReason(Code.USCC_DIFFERENT, USCC_CAP, params("probe", a, "candidate", b)));
        cap = true;
      }
      return;
    }
    boolean bothGiven = !probe.uscc().code().isEmpty() && !candidate.uscc().code().isEmpty();
    for (var check : List.of(probe.uscc(), candidate.uscc())) {
      if (bothGiven && !check.isValid()) {
        inform(Code.USCC_INVALID, params("uscc", check.code()));
      }
    }
  }

  private void compareDomains() {
    for (WebDomain domain : probe.domains()) {
      if (!candidate.domains().contains(domain)) {
        continue;
      }
      if (!domain.isEvidence()) {
        String why = domain.kind() == WebDomain.Kind.FREE_MAIL ? "free mail" : "a shared host";
        inform(Code.DOMAIN_NO_EVIDENCE, params("domain", domain.domain(), "why", why));
      } else if (selective(new MatchKey(MatchKey.Kind.DOMAIN, domain.domain()))) {
        contact(Code.DOMAIN_EQUAL, params("domain", domain.domain()));
      }
    }
  }

  private void comparePhones() {
    Set<String> theirs = Set.copyOf(candidate.phones());
    for (String phone : probe.phones()) {
      if (theirs.contains(phone) && selective(new MatchKey(MatchKey.Kind.PHONE, phone))) {
        contact(
            Code.PHONE_EQUAL,
            namesDiffer ? PHONE_OF_OTHER_NAME : WEIGHTS.get(Code.PHONE_EQUAL),
            params("phone", phone));
      }
    }
  }

  private void contact(Code code, Map<String, String> params) {
    contact(code, WEIGHTS.get(code), params);
  }

  private void contact(Code code, double weight, Map<String, String> params) {
    reasons.add(new MatchReason(code, weight, params));
    contactAgainst *= 1 - weight;
    links = true;
  }

  /**
   * What two names must not share to differ: the characters of a Han trade name, the words of a
   * Latin name. Names sharing one ({@code Chicago Commons Guadalupano Center}, {@code Chicago
   * Commons Association - Guadalupano Center}) may be spellings of one name the parser took apart
   * differently.
   */
  private static Set<String> words(CompanyName name) {
    if (name.isHan()) {
      return name.tradeName()
          .codePoints()
          .mapToObj(Character::toString)
          .collect(Collectors.toSet());
    }
    return Set.copyOf(name.latinTokens());
  }

  static Map<String, String> params(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }
}
