package com.channelportal.onboarding.entity;

/** Where an application came from; only the public form is anonymous and rate-limited. */
public enum ApplicationSource {
  PUBLIC_FORM,
  BRAND_ADMIN
}
