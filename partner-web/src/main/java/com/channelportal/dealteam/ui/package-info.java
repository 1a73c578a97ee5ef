/**
 * The deal team and tasks in the UI: {@link DealTeamPanel} and {@link DealTasksPanel}, reusable
 * components that the deal workspace shows as tabs (each takes its deal with {@code show(id)}), a
 * small route of their own ({@code deals/:id/team}) and the caller's own tasks ({@code tasks}) with
 * the count of overdue ones next to the menu entry.
 *
 * <p>Decisions: refusals are shown on the field they concern, in the user's language, from the
 * rule's reason code ({@code dealteam.problem.<reason>}); the forms also mark required fields
 * before anything is sent. Mentions are typed as {@code @username}; a picker of the deal team
 * inserts them, so nobody has to know usernames by heart.
 */
@NullMarked
package com.channelportal.dealteam.ui;

import org.jspecify.annotations.NullMarked;
