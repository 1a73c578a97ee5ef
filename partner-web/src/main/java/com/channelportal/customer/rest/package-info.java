/**
 * The customer API: read-only for now. Partners' records come with their submitted registrations,
 * the brand's are its master data; who sees which is the customer boundary's decision.
 */
@NullMarked
package com.channelportal.customer.rest;

import org.jspecify.annotations.NullMarked;
