/**
 * The deal team, its tasks and their comments (issue 6). Tasks are always shared by both sides of
 * the channel: a task is work one company asks of the other or of itself, and hiding it from the
 * side that must do it would defeat it. Brand-internal notes belong on the timeline instead.
 */
@NullMarked
package com.channelportal.dealteam.entity;

import org.jspecify.annotations.NullMarked;
