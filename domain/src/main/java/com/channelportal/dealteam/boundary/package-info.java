/**
 * The deal team, tasks, their comments and mentions, as transactions (issue 6).
 *
 * <p>A deal is a registration that left the draft stage; whoever may read the registration (its
 * {@code RegistrationScope}) reads its team and tasks, and the same people write them while the
 * deal is open. Anyone else gets "not found", exactly as for the registration. Who is on which side
 * of a deal is the identity provider's knowledge ({@link DealReaders}); people are told through
 * {@code Notice}s fired in the transaction of the change, so a refused or rolled-back change tells
 * nobody.
 */
@NullMarked
package com.channelportal.dealteam.boundary;

import org.jspecify.annotations.NullMarked;
