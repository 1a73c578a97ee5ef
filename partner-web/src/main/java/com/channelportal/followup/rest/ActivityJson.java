package com.channelportal.followup.rest;

import com.channelportal.followup.entity.AuthorSide;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.Visibility;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One activity of a timeline; times UTC ISO-8601. */
public record ActivityJson(
    long id,
    long registrationId,
    DealActivityKind kind,
    Visibility visibility,
    String occurredAt,
    List<String> participants,
    List<String> customerContacts,
    @Nullable String notes,
    @Nullable String outcome,
    @Nullable String nextStep,
    String authorUsername,
    String authorName,
    AuthorSide authorSide,
    String recordedAt,
    String updatedAt,
    long version,
    List<AttachmentJson> attachments) {

  /** A file of the activity; {@code href} downloads it. */
  public record AttachmentJson(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      String uploadedAt,
      String href) {

    static AttachmentJson of(long registrationId, DealAttachment f) {
      return new AttachmentJson(
          f.getId(),
          f.getFileName(),
          f.getContentType(),
          f.getSizeBytes(),
          f.getSha256(),
          f.getUploadedBy(),
          utc(f.getUploadedAt()),
          "/api/v1/registrations/" + registrationId + "/attachments/" + f.getId());
    }
  }

  static ActivityJson of(DealActivity a, List<DealAttachment> files) {
    return new ActivityJson(
        a.getId(),
        a.getRegistrationId(),
        a.getKind(),
        a.getVisibility(),
        utc(a.getOccurredAt()),
        a.getParticipants(),
        a.getCustomerContacts(),
        a.getNotes(),
        a.getOutcome(),
        a.getNextStep(),
        a.getAuthorUsername(),
        a.getAuthorName(),
        a.getAuthorSide(),
        utc(a.getRecordedAt()),
        utc(a.getUpdatedAt()),
        a.getVersion(),
        files.stream().map(f -> AttachmentJson.of(a.getRegistrationId(), f)).toList());
  }

  static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
