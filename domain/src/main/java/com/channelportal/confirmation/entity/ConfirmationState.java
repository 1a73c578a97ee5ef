package com.channelportal.confirmation.entity;

/** Where a confirmation request stands; only an open one can be answered. */
public enum ConfirmationState {
  OPEN,
  CONFIRMED,
  DENIED,
  EXPIRED
}
