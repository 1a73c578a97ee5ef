/**
 * The deal-registration API: registrations with their history and, for brand staff, conflicts; and
 * the partners' blind availability check.
 *
 * <p>Decisions: the request body of a draft is the domain's {@code RegistrationForm} itself, so the
 * API reports a broken rule under the same field names the UI shows it at ({@code customer.uscc},
 * {@code lines[0].quantity}). Money goes out as decimal strings with the currency beside it and is
 * taken as a string or a number. Submission and withdrawal are POSTs to sub-resources ({@code
 * submission}, {@code withdrawal}) because they are events, not edits; like an edit they need the
 * version in If-Match.
 */
@NullMarked
package com.channelportal.registration.rest;

import org.jspecify.annotations.NullMarked;
