/**
 * The caller's own notifications and e-mail preferences over HTTP. Always the caller's: no endpoint
 * takes a person, and another person's notification id answers 404 like one that does not exist.
 */
@NullMarked
package com.channelportal.notification.rest;

import org.jspecify.annotations.NullMarked;
