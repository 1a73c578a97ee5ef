package com.channelportal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server of {@code PORTAL_SMTP_HOST}/{@code PORTAL_SMTP_PORT} as {@code
 * PORTAL_SMTP_FROM}. Without a host nothing is sent (a development machine without a mail sink);
 * the portal notifications are unaffected either way.
 *
 * <p>A run of sends shares one SMTP connection until {@link #release}: a connection per mail cost
 * its handshake each time, and the delivery of a busy minute sends hundreds.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  private static final String TIMEOUT_MS = "10000";

  @Inject
  @ConfigProperty(name = "portal.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.smtp.from", defaultValue = "portal@channelportal.example")
  String from;

  private Session session;

  private Transport transport;

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * @throws MessagingException if the server refuses or cannot be reached; nothing retries here
   */
  public void send(Mail mail) throws MessagingException {
    if (!enabled()) {
      LOG.fine(() -> "No PORTAL_SMTP_HOST: not sending '" + mail.subject() + "'");
      return;
    }
    var message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (mail.html() == null) {
      message.setText(mail.text(), StandardCharsets.UTF_8.name());
      // readable as source and greppable for its link, where base64 (chosen for mostly Chinese
      // text) would hide it from simple mail tools and the local run's log
      message.setHeader("Content-Transfer-Encoding", "quoted-printable");
    } else {
      var text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name());
      var html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", text, html));
    }
    message.saveChanges();
    transmit(message);
  }

  /**
   * Closes the connection the sends since the last call kept open; a delivery run calls it when it
   * has sent what was due, so that no connection idles until the server drops it.
   */
  public synchronized void release() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
      }
      transport = null;
    }
  }

  /**
   * Sends over the open connection, or a new one. A connection kept from earlier sends may have
   * been closed by the server meanwhile: then the mail is sent once more over a fresh one, and only
   * that attempt's failure counts.
   */
  private synchronized void transmit(MimeMessage message) throws MessagingException {
    boolean reused = transport != null;
    try {
      connected().sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      release();
      if (!reused) {
        throw e;
      }
      try {
        connected().sendMessage(message, message.getAllRecipients());
      } catch (MessagingException again) {
        release();
        throw again;
      }
    }
  }

  private Transport connected() throws MessagingException {
    if (transport == null) {
      var fresh = session().getTransport("smtp");
      fresh.connect();
      transport = fresh;
    }
    return transport;
  }

  private synchronized Session session() {
    if (session == null) {
      var properties = new Properties();
      properties.put("mail.transport.protocol", "smtp");
      properties.put("mail.smtp.host", host.orElseThrow());
      properties.put("mail.smtp.port", String.valueOf(port));
      // a hanging server must not hold a delivery thread forever
      properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
      properties.put("mail.smtp.timeout", TIMEOUT_MS);
      properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
      session = Session.getInstance(properties);
      pinStreamProvider();
    }
    return session;
  }

  /**
   * Jakarta Mail looks its stream provider up through the service loader on every subject, body
   * part and write, unless a system property names it; through the EAR's class loader the lookups
   * were two thirds of a mail's CPU (docs/benchmarks.md). Found once the usual way and named, the
   * same provider is used. A name set by the server's operators is left alone.
   */
  private static void pinStreamProvider() {
    var name = StreamProvider.class.getName();
    if (System.getProperty(name) == null) {
      System.setProperty(name, StreamProvider.provider().getClass().getName());
    }
  }
}
