package com.channelportal.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.lifecycle.MovableClock;
import com.channelportal.notification.boundary.Outbox;
import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.MailRetries;
import com.channelportal.notification.entity.Dispatch;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.notification.entity.OutgoingMail;
import com.channelportal.stack.StackExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A notification mail that the SMTP server does not take is kept and tried again after growing
 * pauses, then sent once the server is back, or given up after the last attempt. The archive's
 * clock is set a year ahead, so that the deployed portal's own delivery timer (real time) never
 * finds these mails due and the test alone decides when they are tried.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class MailRetryIT {

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "mail-retry-it.war")
        .addAsLibraries(libs)
        .addClasses(
            MailRetryIT.class,
            MailRetryIT.Queued.class,
            FlakyMailer.class,
            MovableClock.class,
            StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Outbox outbox;

  @Inject FlakyMailer mailer;

  @Inject MovableClock clock;

  @Inject Queued queued;

  private Instant start;

  /** Mails written as a dispatch writes them, in a transaction of their own. */
  @Dependent
  static class Queued {

    @PersistenceContext EntityManager em;

    @Inject Outbox outbox;

    @Transactional
    long mail(String to, LocalDateTime nowUtc) {
      var dispatch = new Dispatch(NotificationKind.REJECTED, 0, 0, "it.mail-retry", "{}", nowUtc);
      // already dispatched: only its mail is under test
      dispatch.dispatched(nowUtc);
      em.persist(dispatch);
      em.flush();
      outbox.queue(dispatch.getId(), Mail.plain(to, "报备 DR-IT 被驳回：重试测试", "邮件服务器恢复后送达。"));
      return em.createQuery(
              "select m.id from OutgoingMail m where m.dispatchId = :dispatch", Long.class)
          .setParameter("dispatch", dispatch.getId())
          .getSingleResult();
    }

    @Transactional
    OutgoingMail find(long id) {
      return em.find(OutgoingMail.class, id);
    }
  }

  /**
   * The archive's own delivery timer (at second 0 of each minute, on this archive's clock) would
   * try these mails too: a test starts well clear of it and takes a few seconds.
   */
  @BeforeEach
  void aYearAhead() throws InterruptedException {
    var second = LocalDateTime.now().getSecond();
    if (second > 40) {
      Thread.sleep((62 - second) * 1_000L);
    }
    start = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
    clock.fixAt(start);
  }

  @AfterEach
  void realTimeAndServerUp() {
    mailer.down(false);
    clock.release();
  }

  @Test
  void aMailTheServerRefusedIsTriedAgainAfterAPauseAndSentWhenTheServerIsBack() {
    var to = address();
    var id = queued.mail(to, utc(start));

    mailer.down(true);
    assertFalse(outbox.send(id));
    var failed = queued.find(id);
    assertAll(
        () -> assertEquals(1, failed.getAttempts()),
        () -> assertNull(failed.getSentAt()),
        () ->
            assertTrue(failed.getLastError().contains("Could not connect"), failed.getLastError()),
        () -> assertEquals(utc(start).plusMinutes(1), failed.getNextAttemptAt()));

    mailer.down(false);
    clock.fixAt(start.plusSeconds(59));
    assertFalse(outbox.send(id), "not before its pause is over");
    assertFalse(outbox.due(500).contains(id));
    assertEquals(1, queued.find(id).getAttempts());

    clock.fixAt(start.plusSeconds(60));
    assertTrue(outbox.due(500).contains(id));
    assertTrue(outbox.send(id));
    var sent = queued.find(id);
    assertAll(
        () -> assertEquals(2, sent.getAttempts()),
        () -> assertEquals(utc(start).plusMinutes(1), sent.getSentAt()),
        () -> assertNull(sent.getNextAttemptAt()),
        () -> assertNull(sent.getLastError()));
    assertEquals(1, mailer.sent().stream().filter(to::equals).count());
    assertFalse(outbox.send(id), "sent once");
  }

  @Test
  void aMailIsGivenUpAfterTheLastAttempt() {
    var to = address();
    var id = queued.mail(to, utc(start));
    mailer.down(true);

    for (int attempt = 1; attempt <= MailRetries.MAX_ATTEMPTS; attempt++) {
      assertFalse(outbox.send(id));
      var next = queued.find(id).getNextAttemptAt();
      if (attempt < MailRetries.MAX_ATTEMPTS) {
        assertNotNull(next, "attempt " + attempt);
        clock.fixAt(next.toInstant(ZoneOffset.UTC));
      }
    }

    var given = queued.find(id);
    assertAll(
        () -> assertEquals(MailRetries.MAX_ATTEMPTS, given.getAttempts()),
        () -> assertNull(given.getNextAttemptAt()),
        () -> assertNull(given.getSentAt()));
    mailer.down(false);
    clock.advance(Duration.ofDays(1));
    assertFalse(outbox.due(500).contains(id));
    assertEquals(0, mailer.sent().stream().filter(to::equals).count());
  }

  private static String address() {
    return "retry-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
