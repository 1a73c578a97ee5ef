package com.channelportal.direct.entity;

/** What a sales person did on an opportunity; each kind counts the same for protection. */
public enum ActivityKind {
  VISIT,
  CALL,
  MEETING,
  DEMO,
  QUOTATION,
  BID,
  NOTE
}
