package com.channelportal.followup.ui;

import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.followup.boundary.TimelineExports;
import com.channelportal.identity.entity.Caller;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The timeline's files as links. The caller is taken when the link is made: the download request
 * runs outside the UI, where there is no current caller to ask. Whatever the caller may no longer
 * see is "not found", as in the API.
 */
final class TimelineDownloads {

  /** A browser must not guess another type than the one detected at upload. */
  private static final String NOSNIFF = "X-Content-Type-Options";

  private TimelineDownloads() {}

  static DownloadHandler attachment(
      DealAttachments attachments, Caller caller, long deal, long attachmentId) {
    return DownloadHandler.fromInputStream(
        event -> {
          try {
            var download = attachments.download(caller, deal, attachmentId);
            var file = download.attachment();
            event.getResponse().setHeader(NOSNIFF, "nosniff");
            return new DownloadResponse(
                new ByteArrayInputStream(download.content()),
                file.getFileName(),
                file.getContentType(),
                download.content().length);
          } catch (RecordNotFound gone) {
            return DownloadResponse.error(404);
          }
        });
  }

  /** The API's export, the same file: what this caller may see, audited. */
  static DownloadHandler export(TimelineExports exports, Caller caller, long deal) {
    return DownloadHandler.fromInputStream(
        event -> {
          try {
            var file = exports.csv(caller, deal);
            return new DownloadResponse(
                new ByteArrayInputStream(file.content()),
                file.fileName(),
                TimelineExports.MEDIA_TYPE,
                file.content().length);
          } catch (RecordNotFound gone) {
            return DownloadResponse.error(404);
          }
        });
  }
}
