/** The customer-confirmation API: a registration's requests and a partner's new request. */
@NullMarked
package com.channelportal.confirmation.rest;

import org.jspecify.annotations.NullMarked;
