/**
 * The brand's direct opportunities as brand staff keep them. Creating one, changing its customer,
 * closing it and its lapse are events that conflict detection observes in the same transaction, so
 * that an opportunity counts from the moment it commits and stops counting when it closes or
 * lapses. Conflict detection itself is deal registration's, reached through {@link
 * com.channelportal.direct.boundary.ClaimFinder} so that the two features do not depend on each
 * other both ways.
 */
@NullMarked
package com.channelportal.direct.boundary;

import org.jspecify.annotations.NullMarked;
