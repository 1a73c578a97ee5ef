package com.channelportal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The single row that names the newest entry's hash. Appending locks it ({@code SELECT … FOR
 * UPDATE}) for the rest of the appending transaction, which makes appends strictly sequential on
 * every node: two transactions can never both extend the same predecessor. It also tells a cut-off
 * tail from a complete chain, which the entries alone cannot.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The only row's id. */
  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  @Nullable
  @Column(name = "last_entry_id")
  private Long lastEntryId;

  protected AuditChainHead() {}

  public void advance(AuditEntry entry) {
    this.lastHash = Objects.requireNonNull(entry.getHash(), "hash");
    this.lastEntryId = entry.getId();
  }

  public String getLastHash() {
    return lastHash;
  }

  public @Nullable Long getLastEntryId() {
    return lastEntryId;
  }
}
