package com.channelportal.notification.boundary;

import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.MailRetries;
import com.channelportal.notification.control.Mailer;
import com.channelportal.notification.entity.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notification e-mails waiting to be sent, and their retries (see {@link MailRetries}). A mail
 * is sent while its row is locked, in a transaction of its own: a second server waits and then
 * finds it sent, and a send that fails is remembered with its error and its next attempt.
 */
@Stateless
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Mailer mailer;

  /** Joins the caller's transaction: the mail exists exactly when its notification does. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void queue(long dispatchId, Mail mail) {
    em.persist(
        new OutgoingMail(
            dispatchId,
            mail.to(),
            mail.subject(),
            mail.text(),
            mail.html(),
            LocalDateTime.now(clock)));
  }

  /** The mails due now, oldest first. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Long> due(int limit) {
    return em.createQuery(
            "select m.id from OutgoingMail m where m.nextAttemptAt <= :now order by m.id",
            Long.class)
        .setParameter("now", LocalDateTime.now(clock))
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sends the mail if it is still due.
   *
   * @return whether it was sent by this call
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean send(long id) {
    var mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    var now = LocalDateTime.now(clock);
    if (mail == null || !mail.isDue(now)) {
      return false;
    }
    if (!mailer.enabled()) {
      // nothing to send with; the mail stays due for a node that has a server
      return false;
    }
    try {
      mailer.send(new Mail(mail.getRecipient(), mail.getSubject(), mail.getText(), mail.getHtml()));
      mail.sent(now);
      return true;
    } catch (Exception e) {
      var pause = MailRetries.pauseAfter(mail.getAttempts() + 1);
      mail.failed(String.valueOf(e), now, pause);
      LOG.log(
          Level.WARNING,
          "Could not mail '"
              + mail.getSubject()
              + "' to "
              + mail.getRecipient()
              + (pause.isPresent() ? "; next attempt in " + pause.get() : "; given up"),
          e);
      return false;
    }
  }
}
