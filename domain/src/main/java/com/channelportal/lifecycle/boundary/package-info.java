/**
 * The protection lifecycle of approved registrations: expiry at the end of the last protected day
 * in the brand's time zone, reminders before it, extension on the partner's request and the brand's
 * decision, closing as won or lost; and the escalation of reviews past the service level. The jobs
 * run on the {@code scheduling} package's once-only scheduler and take "now" as an argument, so
 * tests move a clock instead of waiting.
 *
 * <p>Every change of a registration is audited and announced as a {@code RegistrationEvent} in its
 * transaction. Reminders and escalations are remembered by unique keys, so a job that runs again
 * announces nothing twice.
 */
@NullMarked
package com.channelportal.lifecycle.boundary;

import org.jspecify.annotations.NullMarked;
