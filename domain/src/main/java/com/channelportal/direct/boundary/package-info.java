/**
 * The brand's direct opportunities as brand staff keep them. Creating and closing one is an event
 * that conflict detection observes in the same transaction, so that an opportunity counts from the
 * moment it commits and stops counting when it closes.
 */
@NullMarked
package com.channelportal.direct.boundary;

import org.jspecify.annotations.NullMarked;
