package com.channelportal.followup.entity;

/**
 * Who sees an activity. Brand-internal items are the brand's own notes on a partner's deal: they
 * never reach a partner, in no list, download, export, notification or mention.
 */
public enum Visibility {
  SHARED,
  BRAND_INTERNAL
}
