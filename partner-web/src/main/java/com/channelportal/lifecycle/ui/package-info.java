/**
 * The protection lifecycle in the UI: on a registration's detail its extension requests and
 * closing, with the partner's actions (request an extension, close as won or lost); for brand staff
 * the queue of extension requests with the decision.
 *
 * <p>Decisions: the panel is a component of its own that the registrations view adds to its detail,
 * so the registration feature's views stay as they were apart from three lines; dialogs only
 * collect input, the domain checks it and its field problems are shown on the fields.
 */
@NullMarked
package com.channelportal.lifecycle.ui;

import org.jspecify.annotations.NullMarked;
