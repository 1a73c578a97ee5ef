/** The identity part of the API. */
@NullMarked
package com.channelportal.identity.rest;

import org.jspecify.annotations.NullMarked;
