/** Infrastructure every feature shares: the schema, the clock, health. */
@NullMarked
package com.channelportal.base.boundary;

import org.jspecify.annotations.NullMarked;
