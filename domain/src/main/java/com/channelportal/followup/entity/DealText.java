package com.channelportal.followup.entity;

import com.channelportal.identity.entity.Caller;

/**
 * Text that someone wrote on a deal's shared timeline (an activity's notes, a comment on a task)
 * and in which people may be {@code @mentioned}. Fired as a CDI event inside the transaction that
 * saves the text, so that the mentions are checked and told with it: an observer that refuses a
 * mention throws, and the text is not saved either.
 *
 * @param registrationId the deal (an approved or submitted registration)
 * @param itemType what the text belongs to, e.g. {@code activity} or {@code task-comment}
 * @param itemId that item's id
 * @param brandInternal whether only brand staff may see the item (then partner users can be neither
 *     shown nor mentioned)
 * @param text the text as written
 * @param author who wrote it
 */
public record DealText(
    long registrationId,
    String itemType,
    long itemId,
    boolean brandInternal,
    String text,
    Caller author) {}
