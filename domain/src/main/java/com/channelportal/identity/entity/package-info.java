/**
 * Identity and tenancy: the caller as the rest of the domain sees it. Kept free of any token or
 * servlet type so that rules can be tested with plain values; the web module translates tokens into
 * a {@link com.channelportal.identity.entity.Caller}.
 */
@NullMarked
package com.channelportal.identity.entity;

import org.jspecify.annotations.NullMarked;
