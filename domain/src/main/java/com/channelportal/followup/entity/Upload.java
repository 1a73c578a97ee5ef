package com.channelportal.followup.entity;

import java.util.Objects;

/**
 * A file as received, before its type is checked: the name is whatever the client said, the bytes
 * decide the type.
 */
public record Upload(String fileName, byte[] content) {

  public Upload {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }
}
