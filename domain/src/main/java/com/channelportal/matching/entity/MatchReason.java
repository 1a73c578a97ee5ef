package com.channelportal.matching.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence for or against two records naming the same company, as the UI shows it: a
 * stable {@link Code} to translate, its parameters (the values compared and what was removed from
 * the names before comparing) and the weight it had in the score.
 *
 * @param weight what this reason did to the score, as its {@link Effect} says: a weight of evidence
 *     for {@link Effect#ADDS}, a factor for {@link Effect#DISCOUNTS_NAME}, the bound for {@link
 *     Effect#CAPS} and {@link Effect#FLOORS}, 0 for {@link Effect#INFORMS}
 * @param params named values, in the order they are best read; translations use the same names
 */
public record MatchReason(Code code, double weight, Map<String, String> params) {

  public MatchReason {
    Objects.requireNonNull(code, "code");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** English for logs: the code's template with the parameters filled in. */
  public String describe() {
    String text = code.template;
    for (var param : params.entrySet()) {
      text = text.replace("{" + param.getKey() + "}", param.getValue());
    }
    return text;
  }

  /** How a reason enters the score; declared in the order reasons are shown. */
  public enum Effect {
    /** The score is at least {@code weight}, whatever else differs. */
    FLOORS,
    /** The score is at most {@code weight}, whatever else is equal. */
    CAPS,
    /** Evidence for: combined with the others as 1 − ∏(1 − weight). */
    ADDS,
    /** Weakens what the names say (not identifiers or contacts) by the factor {@code weight}. */
    DISCOUNTS_NAME,
    /** Shown so the reader knows why something was not counted; no effect on the score. */
    INFORMS
  }

  /** Stable codes: the UI's translation keys and the API's values. Never rename one. */
  public enum Code {
    USCC_EQUAL(Effect.FLOORS, "USCC {uscc} equal"),
    USCC_DIFFERENT(Effect.CAPS, "USCCs {probe} and {candidate} differ: different legal entities"),
    USCC_OF_BRANCH(
        Effect.INFORMS, "USCCs {probe} and {candidate} differ, as a branch's and its company's do"),
    USCC_INVALID(Effect.INFORMS, "USCC {uscc} is invalid and ignored"),
    TRADE_NAME_EQUAL(Effect.ADDS, "trade name {tradeName} equal after removing {removed}"),
    PINYIN_EQUAL(
        Effect.ADDS, "trade names {probe} and {candidate} are the same in pinyin: {pinyin}"),
    TRADE_NAME_HOMOPHONE(
        Effect.ADDS, "trade names {probe} and {candidate} are both pronounced {pinyin}"),
    TRADE_NAME_SIMILAR(
        Effect.ADDS, "trade names {probe} and {candidate} differ by {distance} character(s)"),
    PINYIN_SIMILAR(
        Effect.ADDS,
        "trade names {probe} and {candidate} differ by {distance} letter(s) in pinyin"),
    TRADE_NAME_EXTENDED(
        Effect.ADDS, "trade name {longer} extends {shorter}: a group's member or a namesake"),
    INDUSTRY_WORDS_EQUAL(Effect.ADDS, "industry words {words} equal"),
    INDUSTRY_WORDS_OVERLAP(Effect.ADDS, "industry words {probe} and {candidate} overlap"),
    INDUSTRY_WORDS_DIFFERENT(
        Effect.DISCOUNTS_NAME, "industry words {probe} and {candidate} differ"),
    BRANCH_OF(Effect.ADDS, "{branch} is a branch of {company}"),
    BRANCHES_OF_ONE_COMPANY(Effect.ADDS, "{probe} and {candidate} are branches of one company"),
    GROUP_AND_MEMBER(
        Effect.DISCOUNTS_NAME, "{group} is a group and {member} may be one of its companies"),
    SAME_CITY(Effect.ADDS, "both in {city}"),
    OTHER_CITY(Effect.DISCOUNTS_NAME, "in different places: {probe} and {candidate}"),
    OTHER_INDUSTRY(Effect.DISCOUNTS_NAME, "industries differ: {probe} and {candidate}"),
    DOMAIN_EQUAL(Effect.ADDS, "domain {domain} equal"),
    DOMAIN_NO_EVIDENCE(Effect.INFORMS, "domain {domain} is {why}: no evidence"),
    PHONE_EQUAL(Effect.ADDS, "phone {phone} equal"),
    KEY_UNSELECTIVE(
        Effect.INFORMS, "{key} {value} is shared by more than {limit} companies: no evidence");

    private final Effect effect;
    private final String template;

    Code(Effect effect, String template) {
      this.effect = effect;
      this.template = template;
    }

    public Effect effect() {
      return effect;
    }
  }
}
