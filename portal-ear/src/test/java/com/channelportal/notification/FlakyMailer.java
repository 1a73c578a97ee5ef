package com.channelportal.notification;

import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.Mailer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The portal's mailer in {@link MailRetryIT}'s archive: refuses every mail while the mail server is
 * "down", as an unreachable SMTP port does, and sends through the real one (the stack's GreenMail)
 * otherwise.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FlakyMailer extends Mailer {

  private volatile boolean down;

  private final List<String> sent = new CopyOnWriteArrayList<>();

  void down(boolean down) {
    this.down = down;
  }

  List<String> sent() {
    return sent;
  }

  @Override
  public void send(Mail mail) throws MessagingException {
    if (down) {
      throw new MessagingException("Could not connect to SMTP host: 127.0.0.1 (test: server down)");
    }
    super.send(mail);
    sent.add(mail.to());
  }
}
