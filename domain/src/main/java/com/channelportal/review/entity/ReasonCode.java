package com.channelportal.review.entity;

/** Why a claim was rejected; {@code OTHER} needs the reason in words. */
public enum ReasonCode {
  DUPLICATE,
  DIRECT_SALES_EARLIER,
  EXISTING_CUSTOMER,
  INCOMPLETE,
  OUT_OF_TERRITORY,
  PUBLIC_TENDER,
  OTHER
}
