package com.channelportal.dealteam.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Work on a deal that one person must do by a day. The due day is a calendar day, not an instant:
 * "due Friday" means Friday wherever the assignee sits, so whether it is overdue is decided with
 * the viewer's today (see {@code TaskDates}).
 */
@Entity
@Table(name = "deal_task")
public class DealTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false)
  private long registrationId;

  @Column(name = "partner_company_id", nullable = false)
  private long partnerCompanyId;

  @Column(nullable = false, length = TaskForm.TITLE_MAX_LENGTH)
  private String title;

  @Nullable
  @Column(length = TaskForm.DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(nullable = false)
  private String assignee;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TaskStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** UTC. */
  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected DealTask() {}

  public DealTask(
      long registrationId,
      long partnerCompanyId,
      String title,
      @Nullable String description,
      String assignee,
      LocalDate dueDate,
      String createdBy,
      LocalDateTime nowUtc) {
    this.registrationId = registrationId;
    this.partnerCompanyId = partnerCompanyId;
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.assignee = Objects.requireNonNull(assignee, "assignee");
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.status = TaskStatus.OPEN;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(nowUtc, "nowUtc");
    this.updatedAt = nowUtc;
  }

  /** Applies the non-null parts of a checked change. */
  public void change(TaskForm change, LocalDateTime nowUtc) {
    if (change.title() != null) {
      title = change.title();
    }
    if (change.description() != null) {
      description = change.description().isEmpty() ? null : change.description();
    }
    if (change.assignee() != null) {
      assignee = change.assignee();
    }
    if (change.dueDate() != null) {
      dueDate = change.dueDate();
    }
    if (change.status() != null && change.status() != status) {
      moveTo(change.status());
    }
    updatedAt = nowUtc;
  }

  private void moveTo(TaskStatus target) {
    if (!status.canBecome(target)) {
      throw new IllegalStateException("A task " + status + " cannot become " + target);
    }
    status = target;
  }

  /** Open and its day has passed, for a viewer whose today is {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return status == TaskStatus.OPEN && dueDate.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public long getPartnerCompanyId() {
    return partnerCompanyId;
  }

  public String getTitle() {
    return title;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public String getAssignee() {
    return assignee;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
