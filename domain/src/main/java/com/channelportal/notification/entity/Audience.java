package com.channelportal.notification.entity;

/**
 * Which side of the channel a recipient is on. It picks the text (the partner hears "your
 * registration", the channel manager "a registration of 华南电气") and what the parameters may carry.
 */
public enum Audience {
  PARTNER,
  BRAND
}
