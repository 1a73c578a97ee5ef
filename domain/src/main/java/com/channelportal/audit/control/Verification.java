package com.channelportal.audit.control;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The outcome of {@link AuditChain#verify}: an intact chain, or the first broken link. */
public sealed interface Verification {

  boolean isIntact();

  /**
   * @param head the hash of the last entry checked, to continue from or compare with the head
   */
  record Intact(int entries, String head) implements Verification {

    public Intact {
      Objects.requireNonNull(head, "head");
    }

    @Override
    public boolean isIntact() {
      return true;
    }
  }

  /**
   * @param index the position in the checked list (the list's size for {@link Problem#HEAD})
   * @param entryId the id of the entry at {@code index}, if there is one
   */
  record Broken(int index, @Nullable Long entryId, Problem problem) implements Verification {

    public Broken {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public boolean isIntact() {
      return false;
    }
  }

  enum Problem {
    /**
     * The entry does not follow the one before it: an entry was removed or moved here, or the entry
     * before it was changed and re-hashed.
     */
    LINK,
    /** A field of the entry was changed after it was written: its hash no longer matches. */
    CONTENT,
    /** The newest entries are missing: the last one is not the one the chain head names. */
    HEAD
  }
}
