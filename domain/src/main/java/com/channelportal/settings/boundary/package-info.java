/** The caller's own preferences. */
@NullMarked
package com.channelportal.settings.boundary;

import org.jspecify.annotations.NullMarked;
