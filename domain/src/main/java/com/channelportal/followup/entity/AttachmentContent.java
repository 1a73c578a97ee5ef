package com.channelportal.followup.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of one attachment, read only to download them. */
@Entity
@Table(name = "deal_attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private long attachmentId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = Objects.requireNonNull(content, "content");
  }

  public byte[] getContent() {
    return content;
  }
}
