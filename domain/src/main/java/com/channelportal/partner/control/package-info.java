/**
 * Partner rules that need no container: the checks behind onboarding, the company profile and the
 * partner admin's management of their own team. Pure functions of their arguments, so every rule is
 * unit-tested on plain values and the boundaries only load data and persist decisions.
 *
 * <p>Rule checks return a reason enum (or a result type carrying one) instead of throwing: a
 * refused request is an expected outcome the UI translates and the REST API maps to a status, not
 * an error. Only misuse by our own code (e.g. a malformed argument to a test-data helper) throws.
 */
@NullMarked
package com.channelportal.partner.control;

import org.jspecify.annotations.NullMarked;
