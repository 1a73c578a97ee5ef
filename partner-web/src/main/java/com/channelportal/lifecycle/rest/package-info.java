/**
 * The protection lifecycle's API: extension requests with their decisions, and closing a deal as
 * won or lost.
 *
 * <p>Decisions: these are resources of their own ({@code /registrations/{id}/extension-requests},
 * {@code /extension-requests}, {@code /registrations/{id}/closing}) rather than methods of the
 * registration resource, so that the lifecycle can change without touching registration's API. An
 * extension request has its own version (a decision needs its ETag); closing changes the
 * registration, so it needs the registration's ETag.
 */
@NullMarked
package com.channelportal.lifecycle.rest;

import org.jspecify.annotations.NullMarked;
