/**
 * The rules of the protection lifecycle as plain functions of dates and settings: which day
 * protection expires, when partners are reminded, when a review is overdue, what an extension
 * request and a closing must carry. The boundaries supply "today" in the brand's time zone.
 */
@NullMarked
package com.channelportal.lifecycle.control;

import org.jspecify.annotations.NullMarked;
