package com.channelportal.registration.control;

import com.channelportal.matching.control.CandidateIndex;
import com.channelportal.matching.control.KeySelectivity;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.entity.CandidateKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a lookup of a probe's keys in {@code match_key} found, read at most {@link #rowsRead} rows
 * per key. A key with more rows than its kind's cap is <em>crowded</em>: a common word or a
 * switchboard, no evidence (see {@link KeySelectivity}), and its records are not loaded at all —
 * which is what keeps the cost of a check from growing with the data, since a crowded key grows
 * with it. The records behind the other keys are loaded, and the index built of them counts their
 * exact holders (distinct companies) as before.
 *
 * <p>Caps count rows, the limits of {@link CandidateIndex} count companies, and one company has
 * several rows under a key (the brand's master record, partners' claims, an opportunity): a cap
 * allows some of them per company before taking a key as crowded unread. A valid USCC names one
 * company and is never crowded.
 */
public final class KeyLookup {

  /** Rows beyond which a phone or domain is crowded: its limit of companies, four rows each. */
  public static final int CONTACT_CAP = 4 * CandidateIndex.DEFAULT_CONTACT_LIMIT;

  /** Rows beyond which a name key is crowded: its limit of companies, two rows each. */
  public static final int NAME_CAP = 2 * CandidateIndex.DEFAULT_NAME_LIMIT;

  /** Rows read for a USCC: many partners' claims on one company, never a crowd. */
  public static final int USCC_CAP = 200;

  private final Map<MatchKey, Set<Candidate>> rows = new HashMap<>();

  private record Candidate(CandidateKind kind, long id) {}

  /** Most rows a key is read with: one more than its cap tells that it is crowded. */
  public static int rowsRead(MatchKey.Kind kind) {
    return cap(kind) + (kind == MatchKey.Kind.USCC ? 0 : 1);
  }

  static int cap(MatchKey.Kind kind) {
    switch (kind) {
      case USCC:
        return USCC_CAP;
      case DOMAIN:
      case PHONE:
        return CONTACT_CAP;
      default:
        return NAME_CAP;
    }
  }

  /** Records one row found under {@code key}. */
  public void add(MatchKey key, CandidateKind kind, long id) {
    rows.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(new Candidate(kind, id));
  }

  /** The keys read with more rows than their cap. */
  public Set<MatchKey> crowded() {
    var crowded = new HashSet<MatchKey>();
    rows.forEach(
        (key, found) -> {
          if (found.size() > cap(key.kind())) {
            crowded.add(key);
          }
        });
    return crowded;
  }

  /** The records under keys that are not crowded, by kind, in the order found. */
  public Map<CandidateKind, Set<Long>> candidates() {
    var crowded = crowded();
    Map<CandidateKind, Set<Long>> candidates = new EnumMap<>(CandidateKind.class);
    rows.forEach(
        (key, found) -> {
          if (!crowded.contains(key)) {
            found.forEach(
                c -> candidates.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.id()));
          }
        });
    return candidates;
  }

  /**
   * How selective keys are for scoring candidates in {@code index}, which holds only the records of
   * keys that are not crowded: a crowded key stays unselective although the index has few of its
   * holders (those it also holds through other keys).
   */
  public KeySelectivity selectivity(CandidateIndex index) {
    var crowded = crowded();
    return new KeySelectivity() {
      @Override
      public int holders(MatchKey key) {
        return crowded.contains(key) ? Integer.MAX_VALUE : index.holders(key);
      }

      @Override
      public int limit(MatchKey.Kind kind) {
        return index.limit(kind);
      }
    };
  }
}
