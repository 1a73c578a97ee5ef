package com.channelportal.lifecycle.entity;

/**
 * Where an extension request stands. {@code LAPSED}: the registration stopped being protected
 * (expired, closed or withdrawn) before anybody decided, so there is nothing left to extend.
 */
public enum ExtensionStatus {
  OPEN,
  APPROVED,
  DENIED,
  LAPSED
}
