/** Per-person preferences (language, time zone) that follow a user from device to device. */
@NullMarked
package com.channelportal.settings.entity;

import org.jspecify.annotations.NullMarked;
