package com.channelportal.matching.control;

import java.util.Objects;

/** A value two records must share to be compared at all; the index finds candidates by these. */
public record MatchKey(Kind kind, String value) {

  public MatchKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  public enum Kind {
    USCC,
    TRADE_NAME,
    /**
     * Trade name and industries ({@code 华夏|机电}): still finds a company whose trade name is too
     * common a word to look up by ({@code 华夏}), because its full name is not.
     */
    NAME,
    PINYIN,
    /**
     * The trade name or its pinyin with one character left out, and as it is: two names one edit
     * apart share one of these (symmetric deletion), so typos are found without comparing all
     * pairs.
     */
    VARIANT,
    DOMAIN,
    PHONE,
    /**
     * A word of four letters or more of a Latin trade name (not a region, not an industry word):
     * finds {@code Chicago Commons Guadalupano Center} from {@code Chicago Commons Association -
     * Guadalupano Center}, whose joined trade names are too far apart for a typo variant. Words
     * many names share exceed the limit of names and find nothing.
     */
    WORD
  }
}
