/**
 * Notifications: what happened, for whom, and whether they read it.
 *
 * <p>A notification belongs to one person, the token subject, and to nobody else: not to their
 * company, not to their manager. Its parameters are cut to its recipient when it is made, so that
 * what a partner may read is decided once, by a rule with tests, and not again by every view.
 */
@NullMarked
package com.channelportal.notification.entity;

import org.jspecify.annotations.NullMarked;
