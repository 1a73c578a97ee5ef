package com.channelportal.matching.control;

import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.Match;
import com.channelportal.matching.entity.MatchSubject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new claim names a customer that another record already names: the conflict check of a
 * deal registration against customers, all partners' active registrations and the brand's direct
 * opportunities.
 *
 * <p>Every piece of evidence is a {@link com.channelportal.matching.entity.MatchReason} with a
 * weight, and the score is computed from those weights alone, so the reasons a channel manager sees
 * are the whole explanation of the number:
 *
 * <table>
 * <caption>Evidence and its weight</caption>
 * <tr><th>reason</th><th>when</th><th>weight</th></tr>
 * <tr><td>USCC_EQUAL</td><td>both codes valid and equal</td><td>score ≥ 0.99</td></tr>
 * <tr><td>USCC_DIFFERENT</td><td>both valid, different, and not a branch and its company</td>
 *     <td>score ≤ 0.2</td></tr>
 * <tr><td>TRADE_NAME_EQUAL</td><td>字号 equal after removing regions, industry words, legal forms,
 *     branch</td><td>name 0.6</td></tr>
 * <tr><td>PINYIN_EQUAL</td><td>a Chinese trade name's pinyin is the other's Latin one</td>
 *     <td>name 0.5</td></tr>
 * <tr><td>TRADE_NAME_HOMOPHONE</td><td>both Chinese, same pinyin</td><td>name 0.45</td></tr>
 * <tr><td>TRADE_NAME_SIMILAR</td><td>one character apart (≥ 3), or Latin letters apart within
 *     tolerance; never across a number, roman numeral or compass point</td><td>name 0.4; 0.6 for
 *     long names (≥ 4 characters, ≥ 10 letters), also TRADE_NAME_HOMOPHONE</td></tr>
 * <tr><td>PINYIN_SIMILAR</td><td>across scripts, pinyin letters apart within tolerance</td>
 *     <td>name 0.35</td></tr>
 * <tr><td>TRADE_NAME_EXTENDED</td><td>one trade name extends the other (华为, 华为终端)</td>
 *     <td>name 0.15</td></tr>
 * <tr><td>INDUSTRY_WORDS_EQUAL / _OVERLAP</td><td>with related trade names</td>
 *     <td>name 0.6 / 0.3</td></tr>
 * <tr><td>BRANCH_OF</td><td>a branch of the company, or two branches of one</td>
 *     <td>name 0.5</td></tr>
 * <tr><td>SAME_CITY</td><td>with related trade names</td><td>name 0.2</td></tr>
 * <tr><td>INDUSTRY_WORDS_DIFFERENT</td><td>both have industry words, none shared</td>
 *     <td>name × 0.85</td></tr>
 * <tr><td>GROUP_AND_MEMBER</td><td>one is a 集团, the other not, industries differ</td>
 *     <td>name × 0.5</td></tr>
 * <tr><td>OTHER_CITY</td><td>both located, other city (or province), not a branch</td>
 *     <td>name × 0.5</td></tr>
 * <tr><td>OTHER_INDUSTRY</td><td>other first-level industry / same first, other second level</td>
 *     <td>name × 0.5 / × 0.8</td></tr>
 * <tr><td>DOMAIN_EQUAL</td><td>same registrable domain, not free mail or a shared host</td>
 *     <td>0.8</td></tr>
 * <tr><td>PHONE_EQUAL</td><td>same normalized number</td><td>0.7; 0.55 if both trade names are
 *     in one script and share nothing (a switchboard, an agent's line)</td></tr>
 * <tr><td>KEY_UNSELECTIVE, DOMAIN_NO_EVIDENCE, USCC_INVALID, USCC_OF_BRANCH</td>
 *     <td>shown, not counted</td><td>0</td></tr>
 * </table>
 *
 * <p>Arithmetic: the name's weights combine as {@code N = 1 − ∏(1 − w)} and are then multiplied by
 * its discounts; domain and phone stand on their own, so {@code score = 1 − (1 − N·∏d) · ∏(1 −
 * w_contact)}. An equal USCC then lifts the score to at least 0.99 ({@code 1 − 0.01·(1 − score)}),
 * different ones cap it at 0.2. Discounts touch only the name because they are reasons to doubt a
 * name, not a phone number: the same trade name in another city is often another company, the same
 * switchboard in another city is not.
 *
 * <p>Reading a score: from {@link #LIKELY} the records almost surely name one company; from {@link
 * #REVIEW} a channel manager should look; below it matches are shown as weak similarities. What a
 * brand auto-approves is its own setting, these are the defaults the rules were tuned to. Examples:
 * 深圳利泰机电有限公司 and 利泰（深圳）机电有限公司: 1 − 0.4·0.4·0.8 = 0.87; 深圳市利泰科技 and 深圳利泰机电: (1 − 0.4·0.8)·0.85 =
 * 0.58; 北京利泰机电 and 深圳利泰机电: 0.84·0.5 = 0.42.
 */
public final class ConflictMatcher {

  public static final double LIKELY = 0.8;
  public static final double REVIEW = 0.5;

  /** Matches below this are not returned: too weak to show. */
  public static final double DEFAULT_MINIMUM = 0.25;

  private final double minimum;

  public ConflictMatcher() {
    this(DEFAULT_MINIMUM);
  }

  public ConflictMatcher(double minimum) {
    this.minimum = minimum;
  }

  /**
   * The candidates of {@code index} that may name the probe's company, best first. A probe that is
   * itself in the index (a registration checked again after an edit) finds itself: the caller
   * leaves out its own id.
   */
  public List<Match> match(MatchSubject probe, CandidateIndex index) {
    SubjectProfile profile = SubjectProfile.of(probe);
    return sorted(index.lookup(profile), profile, index);
  }

  /**
   * The same, with key selectivity known better than {@code index} knows it: the portal loads only
   * the records of keys that are not crowded into the index and counts the crowded ones in the
   * database.
   */
  public List<Match> match(MatchSubject probe, CandidateIndex index, KeySelectivity selectivity) {
    return match(SubjectProfile.of(probe), index, selectivity);
  }

  /** The same for a probe already profiled (its keys were looked up with this profile). */
  public List<Match> match(
      SubjectProfile profile, CandidateIndex index, KeySelectivity selectivity) {
    return sorted(index.lookup(profile), profile, selectivity);
  }

  /**
   * The same as {@link #match} without the index's lookup: every candidate is scored. For
   * benchmarks and for checking that the lookup misses nothing.
   */
  public List<Match> matchAll(MatchSubject probe, CandidateIndex index) {
    SubjectProfile profile = SubjectProfile.of(probe);
    return sorted(index.all(), profile, index);
  }

  /** Two records alone, every key taken as selective. */
  public Optional<Match> compare(MatchSubject probe, Candidate candidate) {
    return score(
        SubjectProfile.of(probe),
        new CandidateIndex.Entry(candidate, SubjectProfile.of(candidate.subject())),
        KeySelectivity.UNLIMITED);
  }

  /**
   * How sure matching is that two records alone name one company, every key taken as selective: the
   * score {@link #compare} gives, whatever the minimum, and 0 where nothing ties them together (a
   * shared city alone). What the matcher command prints for a pair.
   */
  public static double pairScore(SubjectProfile left, SubjectProfile right) {
    var evidence = new Evidence(left, right, KeySelectivity.UNLIMITED);
    return evidence.links() ? evidence.score() : 0;
  }

  Optional<Match> score(
      SubjectProfile probe, CandidateIndex.Entry candidate, KeySelectivity selectivity) {
    var evidence = new Evidence(probe, candidate.profile(), selectivity);
    double score = evidence.score();
    if (!evidence.links() || score < minimum) {
      return Optional.empty();
    }
    return Optional.of(new Match(candidate.candidate(), score, evidence.reasons()));
  }

  private List<Match> sorted(
      List<CandidateIndex.Entry> candidates, SubjectProfile probe, KeySelectivity selectivity) {
    return candidates.stream()
        .map(candidate -> score(probe, candidate, selectivity))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingDouble(Match::score).reversed())
        .toList();
  }
}
