package com.channelportal.evidence.entity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a walk over the audit chain found.
 *
 * @param entries how many entries were found intact, from the first up to the first broken link
 * @param firstBrokenLink null when the whole chain up to its head is intact
 */
public record ChainReport(long entries, @Nullable BrokenLink firstBrokenLink) {

  public boolean valid() {
    return firstBrokenLink == null;
  }

  /**
   * @param id the entry where the chain breaks; for {@code HEAD}, the id the head names (which may
   *     be gone)
   * @param expectedHash for {@code LINK} the previous entry's hash, for {@code CONTENT} the hash
   *     recomputed from the entry's fields, for {@code HEAD} the hash the head names
   * @param actualHash what is stored instead: the entry's prev_hash, its hash, or the last hash the
   *     walk reached
   * @param reason {@code LINK}, {@code CONTENT} or {@code HEAD} (see {@code Verification.Problem})
   */
  public record BrokenLink(
      @Nullable Long id, String expectedHash, String actualHash, String reason) {

    public BrokenLink {
      Objects.requireNonNull(expectedHash, "expectedHash");
      Objects.requireNonNull(actualHash, "actualHash");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** As JSON text, for the command line; the API writes the same shape through JSON-B. */
  public String toJson() {
    var json = new StringBuilder("{\"entries\":").append(entries);
    json.append(",\"valid\":").append(valid()).append(",\"firstBrokenLink\":");
    if (firstBrokenLink == null) {
      return json.append("null}").toString();
    }
    // hashes are hex and reasons are enum names: nothing here needs escaping
    return json.append("{\"id\":")
        .append(firstBrokenLink.id())
        .append(",\"expectedHash\":\"")
        .append(firstBrokenLink.expectedHash())
        .append("\",\"actualHash\":\"")
        .append(firstBrokenLink.actualHash())
        .append("\",\"reason\":\"")
        .append(firstBrokenLink.reason())
        .append("\"}}")
        .toString();
  }
}
