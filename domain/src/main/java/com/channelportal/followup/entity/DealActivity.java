package com.channelportal.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing done on a registered deal, as its author logged it. Only its author edits it; deleting
 * hides it (the row stays, so that the audit log's ids keep pointing at something, and its files
 * with it).
 */
@Entity
@Table(name = "deal_activity")
public class DealActivity {

  public static final int NOTES_MAX_LENGTH = 4000;
  public static final int OUTCOME_MAX_LENGTH = 2000;
  public static final int NEXT_STEP_MAX_LENGTH = 1000;
  public static final int NAME_MAX_LENGTH = 100;
  public static final int MAX_NAMES = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false, updatable = false)
  private long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DealActivityKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Visibility visibility;

  /** UTC. */
  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column private @Nullable String participants;

  @Column(name = "customer_contacts")
  private @Nullable String customerContacts;

  @Column private @Nullable String notes;

  @Column private @Nullable String outcome;

  @Column(name = "next_step")
  private @Nullable String nextStep;

  @Column(name = "author_username", nullable = false, updatable = false)
  private String authorUsername;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_side", nullable = false, updatable = false)
  private AuthorSide authorSide;

  /** UTC. */
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  /** UTC. */
  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  /** UTC. */
  @Column(name = "deleted_at")
  private @Nullable LocalDateTime deletedAt;

  @Version private long version;

  protected DealActivity() {}

  public DealActivity(
      long registrationId,
      Visibility visibility,
      ActivityContent content,
      String authorUsername,
      String authorName,
      AuthorSide authorSide,
      LocalDateTime recordedAtUtc) {
    this.registrationId = registrationId;
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    this.authorUsername = Objects.requireNonNull(authorUsername, "authorUsername");
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.authorSide = Objects.requireNonNull(authorSide, "authorSide");
    this.recordedAt = Objects.requireNonNull(recordedAtUtc, "recordedAt");
    apply(content, recordedAtUtc);
  }

  /** Replaces what the author typed; the visibility stays what it was. */
  public void edit(ActivityContent content, LocalDateTime nowUtc) {
    if (deletedAt != null) {
      throw new IllegalStateException("Activity " + id + " is deleted");
    }
    apply(content, nowUtc);
  }

  public void delete(LocalDateTime nowUtc) {
    this.deletedAt = Objects.requireNonNull(nowUtc, "now");
    this.updatedAt = nowUtc;
  }

  private void apply(ActivityContent content, LocalDateTime nowUtc) {
    this.kind = content.kind();
    this.occurredAt = content.occurredAtUtc();
    this.participants = joined(content.participants());
    this.customerContacts = joined(content.customerContacts());
    this.notes = content.notes();
    this.outcome = content.outcome();
    this.nextStep = content.nextStep();
    this.updatedAt = nowUtc;
  }

  private static @Nullable String joined(List<String> names) {
    return names.isEmpty() ? null : String.join("\n", names);
  }

  private static List<String> split(@Nullable String names) {
    return names == null ? List.of() : Arrays.asList(names.split("\n"));
  }

  public boolean isBrandInternal() {
    return visibility == Visibility.BRAND_INTERNAL;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** The texts in which people may be mentioned, in one piece. */
  public String mentionableText() {
    var text = new StringBuilder();
    for (var part : new String[] {notes, outcome, nextStep}) {
      if (part != null) {
        text.append(text.length() == 0 ? "" : "\n").append(part);
      }
    }
    return text.toString();
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public DealActivityKind getKind() {
    return kind;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public List<String> getParticipants() {
    return split(participants);
  }

  public List<String> getCustomerContacts() {
    return split(customerContacts);
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public @Nullable String getNextStep() {
    return nextStep;
  }

  public String getAuthorUsername() {
    return authorUsername;
  }

  public String getAuthorName() {
    return authorName;
  }

  public AuthorSide getAuthorSide() {
    return authorSide;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
