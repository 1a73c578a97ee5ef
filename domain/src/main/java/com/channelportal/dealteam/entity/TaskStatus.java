package com.channelportal.dealteam.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task stands. A done or cancelled task may be reopened: people tick the wrong box, and a
 * new task for the same work would lose its comments.
 */
public enum TaskStatus {
  OPEN,
  DONE,
  CANCELLED;

  public Set<TaskStatus> next() {
    return this == OPEN ? EnumSet.of(DONE, CANCELLED) : EnumSet.of(OPEN);
  }

  public boolean canBecome(TaskStatus target) {
    return next().contains(target);
  }
}
