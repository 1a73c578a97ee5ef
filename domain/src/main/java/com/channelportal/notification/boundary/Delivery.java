package com.channelportal.notification.boundary;

import com.channelportal.notification.control.DeliveryGate;
import com.channelportal.notification.control.Mailer;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works off the waiting dispatches and then the mails that are due: right after a change commits,
 * and every minute for dispatches whose recipients could not be found then (Keycloak down or slow)
 * and for mails whose earlier send failed (see {@code MailRetries}). No transaction of its own:
 * each dispatch and each mail commits alone, and mail is sent only after its notifications are
 * committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

  private static final int BATCH = 50;

  @Inject Dispatches dispatches;

  @Inject Mailer mailer;

  @Inject Outbox outbox;

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
      try {
        dispatches.dispatch(id);
        done++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notification dispatch " + id + " failed; retried in a minute", e);
        dispatches.failed(id, String.valueOf(rootCause(e)));
      }
    }
    sendDue();
    return done;
  }

  /** The mails due now; one that fails waits for its next attempt, the others go on. */
  public int sendDue() {
    if (!mailer.enabled()) {
      return 0;
    }
    int sent = 0;
    try {
      for (long id : outbox.due(BATCH)) {
        if (outbox.send(id)) {
          sent++;
        }
      }
    } finally {
      // the mails of one run share a connection; none idles between runs
      mailer.release();
    }
    return sent;
  }

  private static Throwable rootCause(Throwable e) {
    var cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
