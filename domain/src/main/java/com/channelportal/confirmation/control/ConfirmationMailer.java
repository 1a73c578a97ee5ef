package com.channelportal.confirmation.control;

import com.channelportal.confirmation.entity.ConfirmationRequested;
import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the confirmation e-mail through the portal's {@link Mailer} once the request's transaction
 * has committed: a request that rolls back sends nothing, and a slow mail server never holds the
 * audit chain's lock. A failure is logged and leaves the request open (the partner sees it
 * unanswered and may ask again). The texts are this package's {@code ConfirmationMail} bundle, in
 * the language the partner chose; the mail is plain text, for a customer's mail client.
 */
@ApplicationScoped
public class ConfirmationMailer {

  private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested request) {
    if (!mailer.enabled()) {
      LOG.warning(() -> "PORTAL_SMTP_HOST is not set: not sending " + request);
      return;
    }
    try {
      mailer.send(mail(request));
      LOG.info(() -> "Sent " + request);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send " + request, e);
    } finally {
      mailer.release();
    }
  }

  Mail mail(ConfirmationRequested request) {
    var texts = ConfirmationMailTexts.of(request, link(request.token()), expiry(request));
    return Mail.plain(request.email(), texts.subject(), texts.body());
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
