/**
 * The rules of direct sales that need no database: what a valid opportunity and activity are, and
 * the day arithmetic of protection by activity. Pure, so that the days are unit-tested exactly.
 */
@NullMarked
package com.channelportal.direct.control;

import org.jspecify.annotations.NullMarked;
