package com.channelportal.review.ui;

import com.channelportal.base.ui.NavBadge;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.review.boundary.ReviewQueue;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/** How many claims wait for the caller at the desk, next to the queue's menu entry. */
@Dependent
public class ReviewBadge implements NavBadge {

  @Inject CurrentCaller currentCaller;

  @Inject ReviewQueue queue;

  @Override
  public String path() {
    return ReviewQueueView.ROUTE;
  }

  @Override
  public OptionalLong count() {
    var caller = currentCaller.find();
    if (caller.isEmpty() || !ReviewQueue.isDesk(caller.get())) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(queue.waiting(caller.get()));
  }
}
