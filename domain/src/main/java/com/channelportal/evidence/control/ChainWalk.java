package com.channelportal.evidence.control;

import com.channelportal.audit.control.AuditChain;
import com.channelportal.audit.control.Verification;
import com.channelportal.audit.entity.AuditEvent;
import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.evidence.entity.ChainReport.BrokenLink;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Walks the whole audit chain page by page, so that a log of millions of entries is checked with
 * one page in memory at a time. The rules are {@link AuditChain}'s; this adds the paging and names,
 * for the first broken link, the hash that was expected and the one found.
 *
 * <p>The chain head is read before the first page and bounds the walk: entries appended while it
 * runs are not part of what is verified, and a tail cut off after the head was written shows as a
 * head that names a hash the walk never reached.
 */
public final class ChainWalk {

  /** Entries per page: a few hundred KB of text at most. */
  public static final int PAGE = 500;

  /** One stored entry as the verifier reads it, whatever it was read with (JPA or JDBC). */
  public record Link(long id, String prevHash, String hash, AuditEvent event) {}

  /** The chain head row: the newest entry's hash and id (null while the log is empty). */
  public record Head(String lastHash, @Nullable Long lastEntryId) {}

  /** Reads the entries with {@code afterId < id <= upToId} in id order, at most {@code limit}. */
  @FunctionalInterface
  public interface Pages {
    List<Link> read(long afterId, long upToId, int limit) throws Exception;
  }

  private ChainWalk() {}

  public static ChainReport walk(Head head, Pages pages) throws Exception {
    Objects.requireNonNull(head, "head");
    long upTo = head.lastEntryId() == null ? 0 : head.lastEntryId();
    String previous = AuditChain.GENESIS;
    long checked = 0;
    long after = 0;
    while (true) {
      var page = pages.read(after, upTo, PAGE);
      for (Link link : page) {
        if (!link.prevHash().equals(previous)) {
          return broken(checked, link.id(), previous, link.prevHash(), Verification.Problem.LINK);
        }
        var computed = AuditChain.hash(previous, link.event());
        if (!computed.equals(link.hash())) {
          return broken(checked, link.id(), computed, link.hash(), Verification.Problem.CONTENT);
        }
        checked++;
        previous = link.hash();
        after = link.id();
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (!head.lastHash().equals(previous)) {
      return broken(
          checked, head.lastEntryId(), head.lastHash(), previous, Verification.Problem.HEAD);
    }
    return new ChainReport(checked, null);
  }

  private static ChainReport broken(
      long intact,
      @Nullable Long id,
      String expected,
      String actual,
      Verification.Problem problem) {
    return new ChainReport(intact, new BrokenLink(id, expected, actual, problem.name()));
  }
}
