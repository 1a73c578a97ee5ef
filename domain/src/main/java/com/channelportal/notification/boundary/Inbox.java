package com.channelportal.notification.boundary;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.identity.entity.Caller;
import com.channelportal.notification.control.Recipients;
import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.EmailOptOut;
import com.channelportal.notification.entity.Notification;
import com.channelportal.notification.entity.NotificationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person's own notifications and e-mail preferences. Everything is keyed by the caller's token
 * subject: another person's notification is "not found", whoever asks, brand admins included.
 */
@Stateless
public class Inbox {

  static final String WHAT = "Notification";

  public static final String EMAIL_OFF = "emailOff";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Newest first. */
  public List<Notification> list(Caller caller, boolean unreadOnly, int offset, int limit) {
    return em.createQuery(
            "select n from Notification n where n.recipientSubject = :subject"
                + (unreadOnly ? " and n.readAt is null" : "")
                + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("subject", caller.subject())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Caller caller, boolean unreadOnly) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientSubject = :subject"
                + (unreadOnly ? " and n.readAt is null" : ""),
            Long.class)
        .setParameter("subject", caller.subject())
        .getSingleResult();
  }

  public Notification markRead(Caller caller, long id) {
    var notification = em.find(Notification.class, id);
    if (notification == null || !notification.getRecipientSubject().equals(caller.subject())) {
      throw new RecordNotFound(WHAT, id);
    }
    notification.markRead(LocalDateTime.now(clock));
    return notification;
  }

  /**
   * @return how many were unread
   */
  public int markAllRead(Caller caller) {
    return em.createQuery(
            "update Notification n set n.readAt = :now"
                + " where n.recipientSubject = :subject and n.readAt is null")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("subject", caller.subject())
        .executeUpdate();
  }

  /** The kinds this caller can receive, the only ones their preferences offer. */
  public Set<NotificationKind> kinds(Caller caller) {
    var kinds = EnumSet.noneOf(NotificationKind.class);
    if (caller.isPartner()) {
      kinds.addAll(Recipients.kindsFor(Audience.PARTNER));
    }
    if (caller.isBrandStaff()) {
      kinds.addAll(Recipients.kindsFor(Audience.BRAND));
    }
    return kinds;
  }

  /** The kinds the caller gets no e-mail for. */
  public Set<NotificationKind> emailOff(Caller caller) {
    var off = EnumSet.noneOf(NotificationKind.class);
    em.createQuery("select o from EmailOptOut o where o.subject = :subject", EmailOptOut.class)
        .setParameter("subject", caller.subject())
        .getResultList()
        .forEach(o -> off.add(o.getKind()));
    return off;
  }

  /**
   * Replaces the kinds the caller gets no e-mail for. A kind they cannot receive is refused: it
   * would look switched off while meaning nothing.
   */
  public Set<NotificationKind> changeEmailOff(Caller caller, Collection<NotificationKind> off) {
    var allowed = kinds(caller);
    var unknown = off.stream().filter(k -> !allowed.contains(k)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidField(
          EMAIL_OFF,
          EMAIL_OFF + ".NOT_YOURS",
          EMAIL_OFF
              + ": you receive no notifications of kind "
              + unknown
              + "; yours are "
              + allowed);
    }
    var wanted = off.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(off);
    var current = emailOff(caller);
    var now = LocalDateTime.now(clock);
    for (var kind : current) {
      if (!wanted.contains(kind)) {
        em.remove(em.find(EmailOptOut.class, new EmailOptOut.Key(caller.subject(), kind)));
      }
    }
    for (var kind : wanted) {
      if (!current.contains(kind)) {
        em.persist(new EmailOptOut(caller.subject(), kind, now));
      }
    }
    return wanted;
  }
}
