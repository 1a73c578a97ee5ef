/**
 * The desk's rules without a container: what a ruling, an appeal and an appeal decision must say,
 * what a ruling does to the claim and to the other partners' claims on the same customer, and when
 * a review has waited longer than the service level. Time comes in as arguments, never from the
 * system clock.
 */
@NullMarked
package com.channelportal.review.control;

import org.jspecify.annotations.NullMarked;
