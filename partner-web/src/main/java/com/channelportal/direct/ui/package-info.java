/**
 * The direct-sales pages for brand staff. Conflicts read like the registration pages' (the same
 * texts for candidate kinds and the matcher's reasons), so that a channel manager sees both sides
 * of a conflict in one vocabulary. The editor works on a plain bean ({@code DirectDraft}) and saves
 * through the boundary, which decides; the form's own checks only spare a round trip.
 */
@NullMarked
package com.channelportal.direct.ui;

import org.jspecify.annotations.NullMarked;
