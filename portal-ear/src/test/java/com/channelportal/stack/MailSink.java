package com.channelportal.stack;

import com.channelportal.stack.base.StackLog;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A local SMTP server that keeps every message instead of delivering it (GreenMail). The run
 * command logs each arriving message with its first link, so a developer can follow an invitation
 * without a mail client; tests read the messages directly.
 */
public final class MailSink implements AutoCloseable {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  private final GreenMail greenMail;
  private final ScheduledExecutorService reporter =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "mail-sink-report");
            thread.setDaemon(true);
            return thread;
          });
  private int reported;

  private MailSink(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static MailSink start(StackSettings settings) {
    var setup = new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    var greenMail =
        new GreenMail(setup)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    var sink = new MailSink(greenMail);
    sink.reporter.scheduleWithFixedDelay(sink::reportNew, 2, 2, TimeUnit.SECONDS);
    return sink;
  }

  /** Every message received so far, oldest first. */
  public List<MimeMessage> messages() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** Waits for the first message to {@code address}; fails after {@code timeoutMillis}. */
  public MimeMessage awaitMessageTo(String address, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      for (var message : greenMail.getReceivedMessagesForDomain(address)) {
        return message;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No e-mail to " + address + " within " + timeoutMillis + " ms");
  }

  /** The messages so far whose first recipient is {@code address} and subject contains a text. */
  public List<MimeMessage> messagesTo(String address, String inSubject) {
    return messages().stream()
        .filter(m -> firstRecipient(m).equalsIgnoreCase(address) && subject(m).contains(inSubject))
        .toList();
  }

  /** Waits for a message to {@code address} whose subject contains {@code inSubject}. */
  public MimeMessage awaitMessage(String address, String inSubject, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      var found = messagesTo(address, inSubject);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No e-mail on \"" + inSubject + "\" to " + address);
  }

  /** Every part decoded: Chinese text travels base64, where the raw message hides the words. */
  public static String plainText(MimeMessage message) throws Exception {
    var content = message.getContent();
    if (content instanceof Multipart multipart) {
      var text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(multipart.getBodyPart(i).getContent()).append('\n');
      }
      return text.toString();
    }
    return String.valueOf(content);
  }

  private static String firstRecipient(MimeMessage message) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to == null || to.length == 0 ? "" : to[0].toString();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static String subject(MimeMessage message) {
    try {
      var subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException e) {
      return "";
    }
  }

  /** The message's text, all parts together, for assertions and for the log line. */
  public static String text(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  public static String firstLink(MimeMessage message) {
    // quoted-printable soft breaks and the HTML part's entities would cut or garble the link
    var text =
        text(message)
            .replace("=\r\n", "")
            .replace("=3D", "=")
            .replace("&amp;", "&")
            .replace("&#61;", "=");
    var matcher = LINK.matcher(text);
    return matcher.find() ? matcher.group() : "";
  }

  private synchronized void reportNew() {
    var all = greenMail.getReceivedMessages();
    for (; reported < all.length; reported++) {
      try {
        var message = all[reported];
        var to = Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        StackLog.logger()
            .info("Mail to " + to + ": " + message.getSubject() + "  " + firstLink(message));
      } catch (MessagingException e) {
        StackLog.logger().info("Mail received that cannot be read: " + e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    reporter.shutdownNow();
    greenMail.stop();
  }
}
