package com.channelportal.matching.control;

/**
 * How many different companies share a key. A key held by more than its kind's limit, like a common
 * word as trade name or the switchboard of an office building, says nothing about which of them a
 * record means, so it is no evidence and no way to find candidates.
 */
public interface KeySelectivity {

  /** Every key selective: for comparing two records without knowing the others. */
  KeySelectivity UNLIMITED =
      new KeySelectivity() {
        @Override
        public int holders(MatchKey key) {
          return 0;
        }

        @Override
        public int limit(MatchKey.Kind kind) {
          return Integer.MAX_VALUE;
        }
      };

  /** The different companies holding {@code key}; may stop counting once past the limit. */
  int holders(MatchKey key);

  int limit(MatchKey.Kind kind);

  default boolean isSelective(MatchKey key) {
    return holders(key) <= limit(key.kind());
  }
}
