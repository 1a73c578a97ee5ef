/**
 * Appending to the audit trail, inside the transaction of the change it records, and reading it
 * back for verification.
 *
 * <p>Appending joins the caller's transaction and refuses to run without one, instead of being
 * published after commit: an entry must exist exactly when its change does, and a change whose
 * entry cannot be written must not commit. The price is that every auditing transaction queues for
 * the chain head's row lock until it commits; audited changes are human-paced, so that queue stays
 * short.
 */
@NullMarked
package com.channelportal.audit.boundary;

import org.jspecify.annotations.NullMarked;
