/**
 * The scheduler's arithmetic, free of the container and the database, so that it is tested with
 * plain clocks.
 */
@NullMarked
package com.channelportal.scheduling.control;

import org.jspecify.annotations.NullMarked;
