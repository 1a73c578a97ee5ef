/**
 * The conflict matcher as a command line tool ({@code java -jar conflict-matcher.jar match-pairs
 * IN.csv OUT.csv}): labelled pairs of company records in, the portal's own decision and score out,
 * so that the matcher's quality can be measured on any data set by anyone, without the portal.
 *
 * <p>Plain Java and a CSV reader of its own rather than a library: RFC 4180 is small, and the
 * command must say on which line a file is broken, which is easiest where the parser counts the
 * lines itself. Every decision goes through {@link
 * com.channelportal.matching.control.ConflictMatcher}, as in the portal; only the threshold is the
 * command's, because the portal has none of its own for "same" (it sends a registration to review).
 */
@NullMarked
package com.channelportal.matching.cli;

import org.jspecify.annotations.NullMarked;
