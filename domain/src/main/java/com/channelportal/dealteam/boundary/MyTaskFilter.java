package com.channelportal.dealteam.boundary;

/**
 * Which of "my tasks" to list.
 *
 * @param done {@code false}: open tasks, {@code true}: done and cancelled ones
 * @param overdueOnly only open tasks whose due day has passed (ignored with {@code done})
 */
public record MyTaskFilter(boolean done, boolean overdueOnly) {

  public static final MyTaskFilter OPEN = new MyTaskFilter(false, false);
}
