/**
 * The rules of customer confirmation without a container (tokens, forms, which registrations may be
 * asked about) and its e-mail. The e-mail is sent by its own small SMTP client, configured from
 * MicroProfile Config, only after the request's transaction committed.
 */
@NullMarked
package com.channelportal.confirmation.control;

import org.jspecify.annotations.NullMarked;
