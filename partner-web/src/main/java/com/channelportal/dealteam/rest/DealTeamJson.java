package com.channelportal.dealteam.rest;

import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.dealteam.entity.TaskComment;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.dealteam.entity.TeamMember;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the deal team API; times are UTC instants, due days ISO dates. */
public final class DealTeamJson {

  private DealTeamJson() {}

  public record Member(long id, String username, DealRole role, String addedBy, String addedAt) {
    public static Member of(TeamMember m) {
      return new Member(
          m.getId(), m.getUsername(), m.getRole(), m.getAddedBy(), utc(m.getAddedAt()));
    }
  }

  /** A request to put someone on the team. */
  public record NewMember(@Nullable String username, @Nullable DealRole role) {}

  /**
   * @param overdue open and past its due day for the caller, in the caller's time zone
   */
  public record Task(
      long id,
      long registrationId,
      String title,
      @Nullable String description,
      String assignee,
      String dueDate,
      TaskStatus status,
      boolean overdue,
      String createdBy,
      String createdAt,
      String updatedAt,
      long version) {
    public static Task of(DealTask t, LocalDate today) {
      return new Task(
          t.getId(),
          t.getRegistrationId(),
          t.getTitle(),
          t.getDescription(),
          t.getAssignee(),
          t.getDueDate().toString(),
          t.getStatus(),
          t.isOverdue(today),
          t.getCreatedBy(),
          utc(t.getCreatedAt()),
          utc(t.getUpdatedAt()),
          t.getVersion());
    }
  }

  public record Comment(long id, long taskId, String author, String text, String createdAt) {
    public static Comment of(TaskComment c) {
      return new Comment(
          c.getId(), c.getTaskId(), c.getAuthor(), c.getText(), utc(c.getCreatedAt()));
    }
  }

  /** A new comment. */
  public record NewComment(@Nullable String text) {}

  public record Page<T>(List<T> items, long total, int offset, int limit) {}

  static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
