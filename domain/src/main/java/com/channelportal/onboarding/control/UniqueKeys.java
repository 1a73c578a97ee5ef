package com.channelportal.onboarding.control;

import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells which unique key a failed insert ran into. JPA wraps the driver's exception a few times and
 * has no type for it, so the SQL state (class 23, integrity constraint violation) and the key's
 * name in the message are the only evidence; MySQL and MariaDB both name the key there ({@code
 * Duplicate entry '…' for key 'uk_…'}, MySQL 8 with the table as prefix).
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  /** True if {@code failure} or one of its causes is a violation of the key {@code keyName}. */
  public static boolean violated(@Nullable Throwable failure, String keyName) {
    var key = keyName.toLowerCase(Locale.ROOT);
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")
          && sql.getMessage() != null
          && sql.getMessage().toLowerCase(Locale.ROOT).contains(key)) {
        return true;
      }
    }
    return false;
  }
}
