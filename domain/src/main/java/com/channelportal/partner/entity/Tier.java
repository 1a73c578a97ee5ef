package com.channelportal.partner.entity;

/** Programme tiers, lowest first; certifications and performance move a partner up (later). */
public enum Tier {
  REGISTERED,
  SILVER,
  GOLD,
  PLATINUM
}
