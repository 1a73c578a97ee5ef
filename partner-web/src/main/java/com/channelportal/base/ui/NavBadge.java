package com.channelportal.base.ui;

import java.util.OptionalLong;

/**
 * A count shown next to a menu entry, such as the claims waiting at the conflict desk. A feature
 * contributes one as a CDI bean; the layout asks each for the entries it draws.
 */
public interface NavBadge {

  /** The route path of the menu entry, as in {@code @Route}, e.g. {@code reviews}. */
  String path();

  /** The count for the current user, or empty to show none. */
  OptionalLong count();
}
