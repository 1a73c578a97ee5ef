package com.channelportal.base.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking over HTTP: the ETag is the record's version, and a change must send it back in
 * If-Match. Without If-Match the answer is 428, so a client cannot overwrite blindly.
 */
public final class Versions {

  private static final int PRECONDITION_REQUIRED = 428;

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static long fromIfMatch(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ClientErrorException(
          "Send If-Match with the ETag of the version you changed", PRECONDITION_REQUIRED);
    }
    var tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
      throw new BadRequestException("If-Match must be an ETag such as \"3\"");
    }
    try {
      return Long.parseLong(tag.substring(1, tag.length() - 1));
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match must be an ETag such as \"3\"");
    }
  }

  public static <T> T required(@Nullable T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
