package com.channelportal.matching.control;

import static com.channelportal.matching.control.Evidence.params;

import com.channelportal.matching.control.TradeNames.Relation;
import com.channelportal.matching.entity.MatchReason.Code;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the names say, and what place and industry make of it. Place and industry are only weighed
 * once the trade names are related: two companies in one city are no evidence, but two 利泰 in one
 * city are more likely one than two 利泰 in Beijing and Shenzhen.
 */
final class NameEvidence {

  private final Evidence evidence;
  private final SubjectProfile probe;
  private final SubjectProfile candidate;
  private final CompanyName a;
  private final CompanyName b;

  NameEvidence(Evidence evidence, SubjectProfile probe, SubjectProfile candidate) {
    this.evidence = evidence;
    this.probe = probe;
    this.candidate = candidate;
    this.a = probe.name();
    this.b = candidate.name();
  }

  /** Adds the name's reasons; true if one record is a branch of the other's company. */
  boolean compare() {
    Optional<Relation> relation = TradeNames.relate(a, b);
    if (relation.isEmpty()) {
      return false;
    }
    Relation related = relation.get();
    if (evidence.selective(related.key())) {
      evidence.name(related.code(), related.weight(), related.params());
    }
    if (related.code() == Code.TRADE_NAME_EXTENDED) {
      return false;
    }
    Set<String> industriesA = a.industries();
    Set<String> industriesB = b.industries();
    compareIndustryWords(industriesA, industriesB);
    boolean sameName =
        related.code() == Code.TRADE_NAME_EQUAL || related.code() == Code.PINYIN_EQUAL;
    boolean compatible =
        industriesA.isEmpty() || industriesB.isEmpty() || industriesA.equals(industriesB);
    boolean branches = sameName && compatible && compareBranches();
    if (sameName && a.isGroup() != b.isGroup() && !industriesA.equals(industriesB)) {
      CompanyName group = a.isGroup() ? a : b;
      CompanyName member = a.isGroup() ? b : a;
      evidence.discount(
          Code.GROUP_AND_MEMBER, params("group", group.raw(), "member", member.raw()));
    }
    comparePlaces(branches);
    compareIndustries();
    return branches;
  }

  private void compareIndustryWords(Set<String> industriesA, Set<String> industriesB) {
    if (industriesA.isEmpty() || industriesB.isEmpty()) {
      return;
    }
    if (industriesA.equals(industriesB)) {
      evidence.name(Code.INDUSTRY_WORDS_EQUAL, params("words", String.join(", ", industriesA)));
      return;
    }
    var shared = new TreeSet<>(industriesA);
    shared.retainAll(industriesB);
    Code code = shared.isEmpty() ? Code.INDUSTRY_WORDS_DIFFERENT : Code.INDUSTRY_WORDS_OVERLAP;
    var reasonParams =
        params(
            "probe", String.join(", ", a.industryWords()),
            "candidate", String.join(", ", b.industryWords()));
    if (shared.isEmpty()) {
      evidence.discount(code, reasonParams);
    } else {
      evidence.name(code, reasonParams);
    }
  }

  /**
   * A branch and its company, or two branches of one company in different places: one customer. Two
   * records of the same branch are simply equal names.
   */
  private boolean compareBranches() {
    var branchA = a.branch();
    var branchB = b.branch();
    if (branchA != null && branchB != null) {
      if (Objects.equals(branchA.region(), branchB.region())) {
        return false;
      }
      evidence.name(Code.BRANCHES_OF_ONE_COMPANY, params("probe", a.raw(), "candidate", b.raw()));
      return true;
    }
    if (branchA == null && branchB == null) {
      return false;
    }
    CompanyName branch = branchA != null ? a : b;
    CompanyName company = branchA != null ? b : a;
    evidence.name(Code.BRANCH_OF, params("branch", branch.raw(), "company", company.raw()));
    return true;
  }

  /** A branch is elsewhere by nature, so another city counts against the name only without one. */
  private void comparePlaces(boolean branches) {
    if (probe.city() != null
        && candidate.city() != null
        && SubjectProfile.isForeign(probe.city()) != SubjectProfile.isForeign(candidate.city())) {
      return;
    }
    if (probe.city() != null && candidate.city() != null) {
      if (probe.city().equals(candidate.city())) {
        evidence.name(Code.SAME_CITY, params("city", probe.city()));
      } else if (!branches) {
        evidence.discount(
            Code.OTHER_CITY, params("probe", probe.city(), "candidate", candidate.city()));
      }
    } else if (probe.province() != null
        && candidate.province() != null
        && !probe.province().equals(candidate.province())
        && !branches) {
      evidence.discount(
          Code.OTHER_CITY, params("probe", probe.province(), "candidate", candidate.province()));
    }
  }

  private void compareIndustries() {
    if (probe.industry() == null || candidate.industry() == null) {
      return;
    }
    if (!probe.industry().equals(candidate.industry())) {
      evidence.discount(
          Code.OTHER_INDUSTRY,
          Evidence.OTHER_INDUSTRY,
          params("probe", probe.industry(), "candidate", candidate.industry(), "level", "1"));
    } else if (probe.subIndustry() != null
        && candidate.subIndustry() != null
        && !probe.subIndustry().equals(candidate.subIndustry())) {
      evidence.discount(
          Code.OTHER_INDUSTRY,
          Evidence.OTHER_SUB_INDUSTRY,
          params("probe", probe.subIndustry(), "candidate", candidate.subIndustry(), "level", "2"));
    }
  }
}
