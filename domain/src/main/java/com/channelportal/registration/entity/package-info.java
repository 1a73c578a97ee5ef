/**
 * Deal registrations (客户报备): a partner's claim on a deal with an end customer, its product lines,
 * its history of status changes and the conflicts found when it was submitted.
 *
 * <p>The state machine is {@link com.channelportal.registration.entity.RegistrationStatus}; the
 * entity refuses every transition it does not list, so no use case can skip a step. What the
 * partner typed stays as typed after submission, including the customer's description: the
 * registration is evidence of what was claimed, and when, by the server's clock.
 */
@NullMarked
package com.channelportal.registration.entity;

import org.jspecify.annotations.NullMarked;
