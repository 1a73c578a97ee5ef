package com.channelportal.followup.entity;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity as typed. Participants are the people of both companies who took part, customer
 * contacts those of the customer; one name each.
 *
 * @param occurredAt when it happened, with its offset (the UI sends the user's zone)
 * @param visibility SHARED when null; only brand staff may choose BRAND_INTERNAL
 */
public record ActivityForm(
    @Nullable DealActivityKind kind,
    @Nullable OffsetDateTime occurredAt,
    @Nullable List<String> participants,
    @Nullable List<String> customerContacts,
    @Nullable String notes,
    @Nullable String outcome,
    @Nullable String nextStep,
    @Nullable Visibility visibility) {

  public static final String KIND = "kind";
  public static final String OCCURRED_AT = "occurredAt";
  public static final String PARTICIPANTS = "participants";
  public static final String CUSTOMER_CONTACTS = "customerContacts";
  public static final String NOTES = "notes";
  public static final String OUTCOME = "outcome";
  public static final String NEXT_STEP = "nextStep";
  public static final String VISIBILITY = "visibility";
}
