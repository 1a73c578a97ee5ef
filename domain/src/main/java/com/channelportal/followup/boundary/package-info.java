/**
 * The deal timeline as its people use it. Who may read a deal is deal registration's scope, and the
 * deal exists only once submitted: a draft, like another tenant's registration, is "not found".
 * Brand-internal activities are filtered in every query of {@link
 * com.channelportal.followup.boundary.TimelineQueries}, never afterwards, so that no read path can
 * hand one to a partner. Files are inserted in the transaction of their activity.
 */
@NullMarked
package com.channelportal.followup.boundary;

import org.jspecify.annotations.NullMarked;
