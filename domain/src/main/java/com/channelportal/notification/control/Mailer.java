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
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server of {@code PORTAL_SMTP_HOST}/{@code PORTAL_SMTP_PORT} as {@code
 * PORTAL_SMTP_FROM}. Without a host nothing is sent (a development machine without a mail sink);
 * the portal notifications are unaffected either way.
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
    Transport.send(message);
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
    }
    return session;
  }
}
