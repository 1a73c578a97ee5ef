/**
 * Customer confirmation: the customer's contact confirms or denies, through a single-use link, that
 * a partner works with them on a registered deal. The answer is evidence in a dispute between
 * partners, so it is kept with its time and the client address it came from, and the link's token
 * is stored only as its hash.
 */
@NullMarked
package com.channelportal.confirmation.entity;

import org.jspecify.annotations.NullMarked;
