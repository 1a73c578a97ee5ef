/**
 * What the protection lifecycle adds to a registration: extension requests with their decisions,
 * and what the partner said when it closed the deal. The registration itself stays the one record
 * of status and end of protection.
 */
@NullMarked
package com.channelportal.lifecycle.entity;

import org.jspecify.annotations.NullMarked;
