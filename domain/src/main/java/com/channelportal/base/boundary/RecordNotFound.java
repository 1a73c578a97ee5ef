package com.channelportal.base.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not know that it does. Both answer the same (404),
 * so that ids of other tenants cannot be probed.
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

  public RecordNotFound(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
