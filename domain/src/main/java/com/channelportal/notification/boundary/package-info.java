/**
 * Notifications in the portal and by e-mail: made from registration events, read and marked read by
 * their recipient only, e-mail switched off per kind.
 *
 * <p>An event is written down as a {@link com.channelportal.notification.entity.Dispatch} in the
 * transaction of the change, so a rolled-back change tells nobody and a committed one is never
 * lost. Who the recipients are is the identity provider's knowledge, and asking it must neither
 * slow the change (its locks are held until commit) nor roll it back when Keycloak is down; so the
 * dispatch is turned into notifications after commit, asynchronously, and again by a timer every
 * minute until it succeeds. The row lock on the dispatch makes that once only, also with several
 * servers. Mail goes out after the notifications are committed; an SMTP failure is logged and loses
 * the mail, never a notification.
 */
@NullMarked
package com.channelportal.notification.boundary;

import org.jspecify.annotations.NullMarked;
