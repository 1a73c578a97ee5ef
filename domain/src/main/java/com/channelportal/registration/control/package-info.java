/**
 * Registration rules without a container: what a valid draft and a complete submission are, how
 * long protection lasts, what registration numbers look like, whose registrations a caller sees,
 * and how a customer description becomes a subject for conflict matching and a claim key.
 *
 * <p>Like onboarding's form, the checks report every broken rule at once as a field name and a
 * reason code ({@code field.REASON}); markup is stored as text, control characters are refused.
 */
@NullMarked
package com.channelportal.registration.control;

import org.jspecify.annotations.NullMarked;
