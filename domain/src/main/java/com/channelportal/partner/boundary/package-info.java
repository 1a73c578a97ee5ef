/** Use cases on partner companies, scoped by the caller. */
@NullMarked
package com.channelportal.partner.boundary;

import org.jspecify.annotations.NullMarked;
