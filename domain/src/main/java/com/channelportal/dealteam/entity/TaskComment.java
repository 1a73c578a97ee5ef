package com.channelportal.dealteam.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** A line in a task's thread; written once, never edited (mentions were told as written). */
@Entity
@Table(name = "deal_task_comment")
public class TaskComment {

  public static final int TEXT_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false)
  private long taskId;

  @Column(nullable = false)
  private String author;

  @Column(name = "body", nullable = false, length = TEXT_MAX_LENGTH)
  private String text;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected TaskComment() {}

  public TaskComment(long taskId, String author, String text, LocalDateTime nowUtc) {
    this.taskId = taskId;
    this.author = Objects.requireNonNull(author, "author");
    this.text = Objects.requireNonNull(text, "text");
    this.createdAt = Objects.requireNonNull(nowUtc, "nowUtc");
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
