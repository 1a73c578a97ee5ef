package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Somebody changed the record since the caller read it. The caller must reload and decide again;
 * silently overwriting would lose the other person's change.
 */
@ApplicationException(rollback = true)
public class StaleRecord extends RuntimeException {

  private final long currentVersion;

  public StaleRecord(String what, Object id, long currentVersion) {
    super(what + " " + id + " was changed by someone else (now version " + currentVersion + ")");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
