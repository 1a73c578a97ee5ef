package com.channelportal.base.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Times as users read them: stored in UTC, shown in the portal's zone (Asia/Shanghai unless the
 * user's setting says otherwise), as {@code yyyy-MM-dd HH:mm} in both languages.
 */
public final class DisplayTime {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private DisplayTime() {}

  public static String format(@Nullable LocalDateTime utc) {
    return format(utc, DEFAULT_ZONE);
  }

  public static String format(@Nullable LocalDateTime utc, ZoneId zone) {
    if (utc == null) {
      return "";
    }
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).format(FORMAT);
  }
}
