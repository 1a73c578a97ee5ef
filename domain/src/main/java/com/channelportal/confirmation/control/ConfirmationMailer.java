package com.channelportal.confirmation.control;

import com.channelportal.confirmation.entity.ConfirmationRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the confirmation e-mail over SMTP once the request's transaction has committed: a request
 * that rolls back sends nothing, and a slow mail server never holds the audit chain's lock. A
 * failure is logged and leaves the request open (the partner sees it unanswered and may ask again).
 *
 * <p>Configured with {@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT} (default 25) and {@code
 * PORTAL_SMTP_FROM}; without a host it sends nothing and says so in the log. The texts are this
 * package's {@code ConfirmationMail} bundle, in the language the partner chose.
 */
@ApplicationScoped
public class ConfirmationMailer {

  private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject
  @ConfigProperty(name = "portal.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.smtp.from", defaultValue = "portal@channelportal.example")
  String from;

  @Inject
  @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested request) {
    if (host.isEmpty() || host.get().isBlank()) {
      LOG.warning(() -> "PORTAL_SMTP_HOST is not set: not sending " + request);
      return;
    }
    try {
      Transport.send(message(request));
      LOG.info(() -> "Sent " + request);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send " + request, e);
    }
  }

  MimeMessage message(ConfirmationRequested request) throws MessagingException {
    var properties = new Properties();
    properties.setProperty("mail.smtp.host", host.orElseThrow());
    properties.setProperty("mail.smtp.port", String.valueOf(port));
    properties.setProperty("mail.smtp.connectiontimeout", "10000");
    properties.setProperty("mail.smtp.timeout", "10000");
    var message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(request.email()));
    message.setSentDate(new Date());
    var texts = ConfirmationMailTexts.of(request, link(request.token()), expiry(request));
    message.setSubject(texts.subject(), StandardCharsets.UTF_8.name());
    message.setText(texts.body(), StandardCharsets.UTF_8.name());
    // readable as source and greppable for the link, where base64 (chosen for mostly Chinese
    // text) would hide it from simple mail tools and the local run's log
    message.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return message;
  }

  String link(String token) {
    var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/confirm/" + token;
  }

  private static String expiry(ConfirmationRequested request) {
    return request.expiresAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(BRAND_ZONE).format(TIME)
        + " (UTC+08:00 "
        + BRAND_ZONE.getId()
        + ")";
  }

  static ResourceBundle bundle(String language) {
    var locale =
        ConfirmationRules.ENGLISH.equals(language) ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
    return ResourceBundle.getBundle(
        ConfirmationMailer.class.getPackageName() + ".ConfirmationMail",
        locale,
        ConfirmationMailer.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
