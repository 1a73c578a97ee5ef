/**
 * Notifications in the UI: the bell in the top bar with the unread count, refreshed on every
 * navigation (no push: a count that is a page old is good enough, and push would need a frontend
 * bundle build), and the notifications page with the e-mail preferences.
 */
@NullMarked
package com.channelportal.notification.ui;

import org.jspecify.annotations.NullMarked;
