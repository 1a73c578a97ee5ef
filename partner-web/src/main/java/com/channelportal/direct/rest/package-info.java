/**
 * The direct-sales API, for brand staff and the brand's ERP/CRM: opportunities, their activities
 * and conflicts. Partners get 403 on every path: the brand's own pipeline is not theirs to see.
 *
 * <p>Decisions: an import is idempotent, not refused: a POST whose {@code externalSource} and
 * {@code externalRef} name an opportunity entered before answers 200 with that opportunity as it is
 * (and its Location and ETag), so an ERP may resend after a timeout without creating a duplicate or
 * handling a 409; changing it is a PUT with If-Match like any edit. Closing is a POST to {@code
 * closing} because it is an event, not an edit; it needs the version in If-Match too.
 */
@NullMarked
package com.channelportal.direct.rest;

import org.jspecify.annotations.NullMarked;
