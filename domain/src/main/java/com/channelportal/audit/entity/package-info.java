/**
 * The audit trail: what happened, to what, by whom, in the order it happened, as evidence that
 * holds up later. Entries are only ever inserted; each one carries the hash of its predecessor and
 * its own, so a changed, removed or reordered row breaks the chain where it happened.
 *
 * <p>An entry says who did what to which record, with a few ids and codes as details, never a copy
 * of personal data: the log cannot be edited, so a name or an address written into it could never
 * be erased again. The record it points at holds the personal data and follows its own retention.
 */
@NullMarked
package com.channelportal.audit.entity;

import org.jspecify.annotations.NullMarked;
