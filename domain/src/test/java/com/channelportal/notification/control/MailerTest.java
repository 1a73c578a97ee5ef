package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mailer against a small SMTP server on a loopback socket: mails of one run share a connection,
 * a connection the server dropped meanwhile is replaced without losing the mail, and an unreachable
 * server is reported to the caller (who schedules the retry).
 */
class MailerTest {

  private SmtpServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void mailsOfOneRunShareAConnection() throws Exception {
    server = new SmtpServer(false);
    var mailer = mailer(server.port());

    mailer.send(Mail.plain("a@litai.example", "报备 DR-2026-000001 已批准", "正文"));
    mailer.send(Mail.plain("b@litai.example", "Second", "Body"));
    mailer.send(Mail.plain("c@litai.example", "Third", "Body"));
    mailer.release();

    server.awaitMessages(3);
    assertThat(server.connections.get()).isEqualTo(1);
    assertThat(server.recipients)
        .containsExactly("<a@litai.example>", "<b@litai.example>", "<c@litai.example>");
  }

  @Test
  void aNewRunConnectsAgain() throws Exception {
    server = new SmtpServer(false);
    var mailer = mailer(server.port());

    mailer.send(Mail.plain("a@litai.example", "First", "Body"));
    mailer.release();
    mailer.send(Mail.plain("b@litai.example", "Second", "Body"));
    mailer.release();

    server.awaitMessages(2);
    assertThat(server.connections.get()).isEqualTo(2);
  }

  @Test
  void aConnectionTheServerDroppedIsReplacedWithoutLosingTheMail() throws Exception {
    server = new SmtpServer(true);
    var mailer = mailer(server.port());

    mailer.send(Mail.plain("a@litai.example", "First", "Body"));
    server.awaitMessages(1);
    mailer.send(Mail.plain("b@litai.example", "Second", "Body"));
    mailer.release();

    server.awaitMessages(2);
    assertThat(server.recipients).containsExactly("<a@litai.example>", "<b@litai.example>");
    assertThat(server.connections.get()).isEqualTo(2);
  }

  @Test
  void anUnreachableServerIsTheCallersToRetry() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var mailer = mailer(closedPort);

    assertThatThrownBy(() -> mailer.send(Mail.plain("a@litai.example", "First", "Body")))
        .isInstanceOf(MessagingException.class);
    mailer.release();
  }

  private static Mailer mailer(int port) {
    var mailer = new Mailer();
    mailer.host = Optional.of("127.0.0.1");
    mailer.port = port;
    mailer.from = "portal@channelportal.example";
    return mailer;
  }

  /**
   * Speaks just enough SMTP for Jakarta Mail's client; with {@code dropAfterEachMail} it closes the
   * connection after accepting a message, as a server does after its idle timeout.
   */
  private static final class SmtpServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0);

    private final boolean dropAfterEachMail;

    final AtomicInteger connections = new AtomicInteger();

    final List<String> recipients = new CopyOnWriteArrayList<>();

    private final AtomicInteger messages = new AtomicInteger();

    private final Thread acceptor;

    SmtpServer(boolean dropAfterEachMail) throws IOException {
      this.dropAfterEachMail = dropAfterEachMail;
      acceptor = new Thread(this::accept, "smtp-test-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    void awaitMessages(int count) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (messages.get() < count && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(messages.get()).isEqualTo(count);
    }

    private void accept() {
      while (!socket.isClosed()) {
        try (var client = socket.accept()) {
          connections.incrementAndGet();
          converse(client);
        } catch (IOException e) {
          if (!socket.isClosed()) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    private void converse(Socket client) throws IOException {
      var in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
      var out = client.getOutputStream();
      reply(out, "220 test ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        var command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO" -> reply(out, "250-test\r\n250 8BITMIME");
          case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
          case "RCPT" -> {
            recipients.add(line.substring(line.indexOf(':') + 1).trim());
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 go on");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the message itself is not checked here
            }
            reply(out, "250 queued");
            messages.incrementAndGet();
            if (dropAfterEachMail) {
              return;
            }
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "500 unknown");
        }
      }
    }

    private static void reply(OutputStream out, String text) throws IOException {
      out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
