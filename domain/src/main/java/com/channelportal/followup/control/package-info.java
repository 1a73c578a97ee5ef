/**
 * The rules of the deal timeline that need no database: what a valid activity is, which files are
 * accepted (decided by their bytes, never by their names), and when a deal counts as inactive.
 * Pure, so that they are unit-tested exactly.
 */
@NullMarked
package com.channelportal.followup.control;

import org.jspecify.annotations.NullMarked;
