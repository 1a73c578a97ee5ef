/**
 * The rules of notifications, without a container: who hears of what ({@link
 * com.channelportal.notification.control.Recipients}), what they may read ({@link
 * com.channelportal.notification.control.NotificationParams}), in which language and with which
 * words ({@link com.channelportal.notification.control.NotificationTexts}), and the two ways out of
 * the portal: the identity provider for people and SMTP for mail.
 *
 * <p>Texts live in a resource bundle of this module, not in the web module's Vaadin bundles: mail
 * is written far from any UI, by a timer or after a commit, and the portal list shows the same
 * titles, so one bundle serves both.
 */
@NullMarked
package com.channelportal.notification.control;

import org.jspecify.annotations.NullMarked;
