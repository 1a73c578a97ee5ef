package com.channelportal.notification.entity;

import java.util.List;
import java.util.Objects;

/**
 * Tell these people about something on a deal: they were put on its team, given a task, reminded of
 * one, or mentioned. Fired as a CDI event inside the transaction of the change, like a registration
 * event, and delivered the same way after commit. The sender names the people and the side each is
 * on; a brand-internal notice is never told to anyone on the partner side, however the sender named
 * them.
 *
 * @param item what the notice is about in a few words, e.g. the task's title; shown to every
 *     addressee, so the sender puts in nothing they may not read
 * @param actor the username (or {@code SYSTEM}) who caused it; never told of it themselves
 */
public record Notice(
    NotificationKind kind,
    long registrationId,
    String actor,
    List<Addressee> to,
    String item,
    boolean brandInternal) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
    to = List.copyOf(to);
    if (!kind.isPersonal()) {
      throw new IllegalArgumentException(kind + " is told by registration events, not notices");
    }
  }

  /** A person to tell and the side of the channel they read it on. */
  public record Addressee(String username, Audience audience) {
    public Addressee {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(audience, "audience");
    }
  }
}
