package com.channelportal.followup.boundary;

import com.channelportal.followup.entity.DealActivityKind;
import org.jspecify.annotations.Nullable;

/** Which activities of a timeline to show; null shows all. */
public record ActivityFilter(@Nullable DealActivityKind kind, @Nullable String author) {

  public static final ActivityFilter NONE = new ActivityFilter(null, null);
}
