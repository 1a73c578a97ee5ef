package com.channelportal.dealteam.ui;

import com.channelportal.base.ui.NavBadge;
import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.boundary.MyTaskFilter;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/** How many of the caller's tasks are overdue, next to "My tasks"; nothing when none are. */
@Dependent
public class MyTasksBadge implements NavBadge {

  @Inject CurrentCaller currentCaller;

  @Inject DealTasks tasks;

  @Override
  public String path() {
    return MyTasksView.ROUTE;
  }

  @Override
  public OptionalLong count() {
    var caller = currentCaller.find();
    if (caller.isEmpty()) {
      return OptionalLong.empty();
    }
    var overdue = tasks.countMine(caller.get(), new MyTaskFilter(false, true));
    return overdue == 0 ? OptionalLong.empty() : OptionalLong.of(overdue);
  }
}
