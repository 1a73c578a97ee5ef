/**
 * The deal team and tasks API: {@code /registrations/{id}/team}, {@code /registrations/{id}/tasks}
 * (with comments) and {@code /tasks}, the caller's own tasks across deals.
 *
 * <p>Decisions: resources of their own under the registration, like the lifecycle's, so that deal
 * follow-up grows without touching the registration's API. A task has its own version (a change
 * needs its ETag in If-Match: 428 without, 412 when stale); without If-Match an unreadable task is
 * still "not found", never 428, so that nobody learns it exists. "Overdue" is computed for the
 * caller, with their own today.
 */
@NullMarked
package com.channelportal.dealteam.rest;

import org.jspecify.annotations.NullMarked;
