package com.channelportal.followup.entity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An activity's content once checked and normalized: times UTC, texts stripped, no blanks. */
public record ActivityContent(
    DealActivityKind kind,
    LocalDateTime occurredAtUtc,
    List<String> participants,
    List<String> customerContacts,
    @Nullable String notes,
    @Nullable String outcome,
    @Nullable String nextStep) {

  public ActivityContent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAtUtc, "occurredAt");
    participants = List.copyOf(participants);
    customerContacts = List.copyOf(customerContacts);
  }
}
