/**
 * Customer rules without a container: what a valid customer description is, field by field.
 *
 * <p>The same rules check a customer typed into a registration draft (incomplete, so nothing is
 * required yet), a submitted registration and the brand's master data. Every broken rule is
 * reported at once as a field name and a reason code ({@code field.REASON}), like onboarding's
 * form. Values are kept as typed apart from surrounding whitespace and half-width folding of codes,
 * numbers and addresses; markup is just text that the UI escapes.
 */
@NullMarked
package com.channelportal.customer.control;

import org.jspecify.annotations.NullMarked;
