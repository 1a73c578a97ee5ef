package com.channelportal.followup.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.followup.control.FileCheck;
import com.channelportal.followup.control.FileSniffer;
import com.channelportal.followup.entity.AttachmentContent;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.Upload;
import com.channelportal.identity.entity.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;

/**
 * Files on a deal's activities, kept in the database with their activity so that a backup holds
 * both and a rolled-back activity leaves no file behind. Their type is decided by their bytes;
 * whoever sees an activity may download its files, and nobody else learns that they exist.
 */
@Stateless
public class DealAttachments {

  public static final String SUBJECT = "deal-attachment";
  public static final String FIELD = "file";
  static final String WHAT = "Attachment";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Deals deals;

  @Inject TimelineQueries queries;

  @Inject FollowUpSettings settings;

  /** A file and the name to offer it under. */
  public record Download(DealAttachment attachment, byte[] content) {}

  /** Adds a file to an activity that the caller may see, while the deal is open. */
  public DealAttachment add(Caller caller, long registrationId, long activityId, Upload file) {
    deals.writable(caller, registrationId);
    var activity =
        queries
            .find(caller, registrationId, activityId)
            .orElseThrow(() -> new RecordNotFound(DealActivities.WHAT, activityId));
    return store(caller, activity, file, LocalDateTime.now(clock));
  }

  /** Stores a file in the caller's transaction; refuses it as a field problem of {@code file}. */
  public DealAttachment store(
      Caller caller, DealActivity activity, Upload file, LocalDateTime now) {
    var check = FileSniffer.check(file.fileName(), file.content(), settings.maxAttachmentBytes());
    if (check instanceof FileCheck.Refused refused) {
      throw new InvalidField(
          FIELD, FIELD + "." + refused.reason(), FIELD + ": " + refused.message());
    }
    var accepted = (FileCheck.Accepted) check;
    var attachment =
        new DealAttachment(
            activity.getId(),
            accepted.fileName(),
            accepted.type().contentType(),
            file.content().length,
            sha256(file.content()),
            caller.username(),
            now);
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), file.content()));
    em.flush();
    audit.append(
        caller,
        "deal-attachment.added",
        SUBJECT,
        attachment.getId(),
        Map.of(
            "activityId", activity.getId(),
            "registrationId", activity.getRegistrationId(),
            "sizeBytes", attachment.getSizeBytes(),
            "sha256", attachment.getSha256()));
    return attachment;
  }

  /** A file of an activity the caller may see; anything else is not found. */
  public Download download(Caller caller, long registrationId, long attachmentId) {
    deals.readable(caller, registrationId);
    var attachment =
        queries
            .attachment(caller, registrationId, attachmentId)
            .orElseThrow(() -> new RecordNotFound(WHAT, attachmentId));
    var content = em.find(AttachmentContent.class, attachmentId);
    return new Download(attachment, content.getContent());
  }

  public long maxBytes() {
    return settings.maxAttachmentBytes();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
