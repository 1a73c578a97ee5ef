package com.channelportal.confirmation.entity;

/** What the customer's contact answered. */
public enum ConfirmationAnswer {
  CONFIRMED,
  DENIED
}
