/**
 * Onboarding rules without a container: what a valid application is, when two company names count
 * as one, which alias a new tenant gets, how often the public form may be used.
 *
 * <p>The form's checks report every broken rule at once, each as a field name and a reason code
 * ({@code field.REASON}) that the UI translates next to the field and the API returns as
 * problem+json. Text is stored as typed apart from surrounding whitespace: markup is just text that
 * the UI escapes, so it is neither stripped nor refused; only control characters are, because they
 * can hide or reorder what a reviewer sees.
 */
@NullMarked
package com.channelportal.onboarding.control;

import org.jspecify.annotations.NullMarked;
