package com.channelportal.notification.rest;

import com.channelportal.notification.control.NotificationParams;
import com.channelportal.notification.control.NotificationTexts;
import com.channelportal.notification.entity.Notification;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the API shows it: its kind and parameters for clients that write their own
 * text, and the portal's title in the caller's language for those that do not.
 */
public record NotificationJson(
    long id,
    String kind,
    String subjectType,
    long subjectId,
    String title,
    Map<String, String> params,
    String createdAt,
    @Nullable String readAt,
    boolean read) {

  static NotificationJson of(Notification n, Locale language) {
    var params = NotificationParams.parse(n.getParams());
    return new NotificationJson(
        n.getId(),
        n.getKind().name(),
        n.getSubjectType(),
        n.getSubjectId(),
        NotificationTexts.title(n.getKind(), n.getAudience(), params, language),
        params,
        utc(n.getCreatedAt()),
        n.getReadAt() == null ? null : utc(n.getReadAt()),
        n.isRead());
  }

  private static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
