package com.channelportal.audit.control;

import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.control.JsonSupport;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entry's details as compact JSON text. Keys are sorted so that the same details always give the
 * same text; the text is hashed as stored, so it is written once here and never re-serialized (a
 * JSON column type would normalize it and break the hash).
 */
public final class AuditDetails {

  private AuditDetails() {}

  /**
   * Strings, booleans and numbers are kept as they are, null as JSON null, anything else (an enum,
   * a date) as its {@code toString()}.
   *
   * @throws IllegalArgumentException if the JSON text exceeds {@link
   *     AuditEntry#DETAILS_MAX_LENGTH}: details are a few ids and codes, not documents
   */
  public static String json(Map<String, ?> details) {
    JsonObjectBuilder json = JsonSupport.PROVIDER.createObjectBuilder();
    new TreeMap<String, Object>(details).forEach((key, value) -> add(json, key, value));
    String text = json.build().toString();
    if (text.length() > AuditEntry.DETAILS_MAX_LENGTH) {
      throw new IllegalArgumentException("audit details too long: " + text.length() + " chars");
    }
    return text;
  }

  private static void add(JsonObjectBuilder json, String key, Object value) {
    if (value == null) {
      json.addNull(key);
    } else if (value instanceof Boolean b) {
      json.add(key, b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.add(key, ((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      json.add(key, big);
    } else if (value instanceof BigDecimal decimal) {
      json.add(key, decimal);
    } else {
      json.add(key, value.toString());
    }
  }
}
