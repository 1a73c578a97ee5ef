/**
 * The conflict desk over HTTP: the review queue and the side-by-side case for channel managers and
 * brand admins, rulings, and the partner's side (appeal, resubmission, its rulings). Each action is
 * a resource of its own under the registration's path, so that no client needs a verb in a query
 * string; every change needs the registration's ETag in If-Match, and an id the caller may not see
 * is "not found" before any header or body is looked at.
 */
@NullMarked
package com.channelportal.review.rest;

import org.jspecify.annotations.NullMarked;
