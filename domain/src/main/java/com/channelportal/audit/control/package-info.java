/**
 * The audit chain's rules without a container: how an entry is hashed, how a chain is checked, how
 * details become JSON text. Kept pure so that the verifier, which must be trusted more than the
 * code that writes the log, is tested on plain values down to the byte layout.
 */
@NullMarked
package com.channelportal.audit.control;

import org.jspecify.annotations.NullMarked;
