package com.channelportal.notification.boundary;

import com.channelportal.notification.control.DeliveryGate;
import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.Mailer;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works off the waiting dispatches: right after a change commits, and every minute for those whose
 * recipients could not be found then (Keycloak down or slow). No transaction of its own: each
 * dispatch commits alone, and mail is sent only after its notifications are committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

  private static final int BATCH = 50;

  @Inject Dispatches dispatches;

  @Inject Mailer mailer;

  @Inject DeliveryGate gate;

  /** After a commit, without holding up the request that made it. */
  @Asynchronous
  public void deliverSoon() {
    gate.request(this::deliverPending);
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void retry() {
    gate.request(this::deliverPending);
  }

  /**
   * @return how many dispatches this call completed
   */
  public int deliverPending() {
    int done = 0;
    for (long id : dispatches.pending(BATCH)) {
      List<Mail> mails;
      try {
        mails = dispatches.dispatch(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notification dispatch " + id + " failed; retried in a minute", e);
        dispatches.failed(id, String.valueOf(rootCause(e)));
        continue;
      }
      done++;
      mails.forEach(this::send);
    }
    return done;
  }

  private void send(Mail mail) {
    try {
      mailer.send(mail);
    } catch (Exception e) {
      // the notification is in the portal; the mail is lost, and this line is its trace
      LOG.log(Level.WARNING, "Could not mail '" + mail.subject() + "' to " + mail.to(), e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    var cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
