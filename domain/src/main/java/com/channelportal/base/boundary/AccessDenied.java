package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but not do this to it (403). */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

  public AccessDenied(String message) {
    super(message);
  }
}
