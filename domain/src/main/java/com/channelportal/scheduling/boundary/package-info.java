/**
 * Jobs that run once per slot across all server nodes. Every node ticks (a non-persistent EJB
 * timer); the row of each job in {@code scheduled_job} decides which node runs a slot. The claim is
 * a conditional UPDATE that sets a lease, committed on its own; the job's work commits in one
 * transaction with the move of the row to its next slot, conditional on the lease. So a slot's work
 * commits at most once, and a node that crashes mid-run leaves the slot due for another node once
 * its lease runs out. The database is the one thing all nodes share; a cluster timer (Payara's
 * persistent timers, Hazelcast) would add a second source of truth.
 *
 * <p>Jobs are plain CDI beans with their business logic on an injected {@code Clock}, so tests move
 * the clock instead of waiting.
 */
@NullMarked
package com.channelportal.scheduling.boundary;

import org.jspecify.annotations.NullMarked;
