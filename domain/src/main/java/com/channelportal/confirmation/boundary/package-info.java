/**
 * Asking a customer to confirm a partner's claim, and recording the answer.
 *
 * <p>Decisions: the request is refused for another tenant's registration as "not found" before the
 * form is looked at; the limits (open requests per registration, requests per partner and day)
 * count stored rows, so they hold on every node. Answering locks the request's row, so two clicks
 * on the same link record one answer; the second sees it as used. The answer's audit entry is by
 * {@code customer-contact} and names the client address, because the address is part of what makes
 * the answer evidence.
 */
@NullMarked
package com.channelportal.confirmation.boundary;

import org.jspecify.annotations.NullMarked;
