package com.channelportal.dealteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.boundary.TaskReminders;
import com.channelportal.dealteam.control.MentionRules;
import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.followup.entity.DealText;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.lifecycle.MovableClock;
import com.channelportal.notification.entity.Dispatch;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.scheduling.boundary.ScheduledJob;
import com.channelportal.scheduling.boundary.Scheduler;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks and mentions inside Payara on the real database, with the portal's clock moved by the test:
 * a task tells its assignee through a dispatch written with it, the reminder job tells the day
 * before and once overdue, once each however often it runs, two changes from one version end with
 * one winner and one stale refusal, and a brand-internal text may not mention the partner's user.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class DealTeamsIT {

  private static final Caller ADMIN =
      new Caller("s-it.admin", "it.admin", "IT", null, "brand", Set.of(Role.BRAND_ADMIN));
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TRADE_NAME_CHARACTERS = "翔宸铄珲琪瑾璐玮琛瀚烨晟骐骏颢峥湛熠淳桀";

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, file) -> file.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "deal-teams-it.war")
        .addAsLibraries(libs)
        .addClasses(DealTeamsIT.class, Rows.class, Texts.class, OwnRow.class)
        .addClasses(StackExtension.class, MovableClock.class)
        .addAsResource(
            new StringAsset("portal.scheduler.enabled=false\n"),
            "META-INF/microprofile-config.properties")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /** Reads what the notification pipeline wrote down. */
  @Stateless
  public static class Rows {
    @PersistenceContext EntityManager em;

    public List<Dispatch> dispatches(long registrationId, NotificationKind kind) {
      return em.createQuery(
              "select d from Dispatch d where d.registrationId = :id and d.kind = :kind",
              Dispatch.class)
          .setParameter("id", registrationId)
          .setParameter("kind", kind)
          .getResultList();
    }
  }

  /** Saves a timeline text the way the timeline does: the event inside the saving transaction. */
  @Stateless
  public static class Texts {
    @Inject Event<DealText> texts;

    public void save(DealText text) {
      texts.fire(text);
    }
  }

  /**
   * The reminder job under a row of the test's own, so that the portal beside the IT, which runs
   * the real row on real time, neither holds its lease nor has its next run moved by the test.
   */
  record OwnRow(ScheduledJob job, String name) implements ScheduledJob {
    @Override
    public Duration every() {
      return job.every();
    }

    @Override
    public Outcome run(LocalDateTime nowUtc) {
      return job.run(nowUtc);
    }
  }

  @Inject MovableClock clock;

  @Inject Scheduler scheduler;

  @Inject Registrations registrations;

  @Inject PartnerCompanies companies;

  @Inject DealTasks tasks;

  @Inject TaskReminders reminders;

  @Inject Rows rows;

  @Inject Texts texts;

  @Resource ManagedThreadFactory threads;

  @BeforeEach
  void stopTheClock() {
    clock.fixAt(Instant.now());
  }

  @AfterEach
  void realTime() {
    clock.release();
  }

  @Test
  void aTaskTellsItsAssigneeAndIsRemindedOnceTheDayBeforeAndOnceOverdue() {
    var partner = partnerOf("it-" + UUID.randomUUID().toString().substring(0, 8));
    var deal = submitNew(partner);
    var due = today().plusDays(1);
    var task =
        tasks.create(
            ADMIN, deal.getId(), new TaskForm("安排现场勘察", null, partner.username(), due, null));

    var assigned = rows.dispatches(deal.getId(), NotificationKind.TASK_ASSIGNED);
    assertEquals(1, assigned.size());
    assertTrue(assigned.get(0).getFacts().contains(partner.username()));
    assertTrue(assigned.get(0).getFacts().contains("安排现场勘察"));

    runReminders();
    runReminders();
    assertEquals(1, rows.dispatches(deal.getId(), NotificationKind.TASK_DUE_SOON).size());
    assertEquals(0, rows.dispatches(deal.getId(), NotificationKind.TASK_OVERDUE).size());

    clock.fixAt(due.plusDays(1).atTime(9, 0).atZone(BRAND_ZONE).toInstant());
    runReminders();
    clock.advance(Duration.ofDays(3));
    runReminders();
    assertEquals(1, rows.dispatches(deal.getId(), NotificationKind.TASK_OVERDUE).size());
    assertEquals(1, rows.dispatches(deal.getId(), NotificationKind.TASK_DUE_SOON).size());

    // done tasks are not reminded; reopened with a new day they are, once again
    var done =
        tasks.update(
            ADMIN,
            deal.getId(),
            task.getId(),
            task.getVersion(),
            new TaskForm(null, null, null, null, TaskStatus.DONE));
    runReminders();
    assertEquals(1, rows.dispatches(deal.getId(), NotificationKind.TASK_OVERDUE).size());
    tasks.update(
        ADMIN,
        deal.getId(),
        task.getId(),
        done.getVersion(),
        new TaskForm(null, null, null, today().minusDays(1), TaskStatus.OPEN));
    runReminders();
    runReminders();
    assertEquals(2, rows.dispatches(deal.getId(), NotificationKind.TASK_OVERDUE).size());
  }

  @Test
  void ofTwoChangesFromTheSameVersionOneWinsAndTheOtherIsStale() throws Exception {
    var partner = partnerOf("it-" + UUID.randomUUID().toString().substring(0, 8));
    var deal = submitNew(partner);
    var task =
        tasks.create(
            partner,
            deal.getId(),
            new TaskForm("准备报价", null, partner.username(), today().plusDays(5), null));
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2, threads);
    try {
      var outcomes = new ArrayList<Future<String>>();
      for (var status : List.of(TaskStatus.DONE, TaskStatus.CANCELLED)) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    tasks.update(
                        partner,
                        deal.getId(),
                        task.getId(),
                        task.getVersion(),
                        new TaskForm(null, null, null, null, status));
                    return "won";
                  } catch (StaleRecord stale) {
                    return "stale";
                  }
                }));
      }
      start.countDown();
      var results = new ArrayList<String>();
      for (var outcome : outcomes) {
        results.add(outcome.get());
      }
      results.sort(null);
      assertEquals(List.of("stale", "won"), results);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        task.getVersion() + 1, tasks.get(partner, deal.getId(), task.getId()).getVersion());
  }

  @Test
  void aBrandInternalTextMayNotMentionThePartnersUserASharedOneTellsThem() {
    var huanan =
        new Caller("s-huanan.user", "huanan.user", "IT", null, "huanan", Set.of(Role.PARTNER_USER));
    var deal = submitNew(huanan);

    var refused =
        assertThrows(
            InvalidField.class,
            () ->
                texts.save(
                    new DealText(
                        deal.getId(), "activity", 1, true, "内部：@huanan.user 报价偏低", ADMIN)));
    assertEquals(MentionRules.NOT_VISIBLE, refused.reason());
    assertEquals(0, rows.dispatches(deal.getId(), NotificationKind.MENTIONED).size());

    texts.save(new DealText(deal.getId(), "activity", 2, false, "请@huanan.user 确认交期", ADMIN));
    var mentioned = rows.dispatches(deal.getId(), NotificationKind.MENTIONED);
    assertEquals(1, mentioned.size());
    assertTrue(mentioned.get(0).getFacts().contains("\"username\":\"huanan.user\""));
  }

  private void runReminders() {
    var own =
        new OwnRow(reminders, "it-task-reminders-" + UUID.randomUUID().toString().substring(0, 8));
    for (int i = 0; i < 100 && scheduler.run(own, "it-node"); i++) {
      // a full batch leaves the job due at once
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), BRAND_ZONE);
  }

  private Registration submitNew(Caller partner) {
    companies.mirror(partner.organizationAlias().orElseThrow());
    var draft = registrations.createDraft(partner, form(newCustomer(), today().plusMonths(6)));
    return registrations.submit(partner, draft.getId(), draft.getVersion());
  }

  private static Caller partnerOf(String alias) {
    return new Caller("s-" + alias, alias + ".user", "IT", null, alias, Set.of(Role.PARTNER_USER));
  }

  private static CustomerForm newCustomer() {
    var random = ThreadLocalRandom.current();
    var tradeName = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tradeName.append(
          TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    var code = new StringBuilder("91310000MA");
    var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 7; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return new CustomerForm(
        "上海" + tradeName + "精密机械有限公司",
        UnifiedSocialCreditCode.withCheckCharacter(code.toString()),
        "生产加工制造",
        "仪器仪表及工业",
        null,
        null,
        null,
        null,
        "上海市",
        "上海",
        null,
        null);
  }

  private static RegistrationForm form(CustomerForm customer, LocalDate closeDate) {
    return new RegistrationForm(
        null,
        customer,
        "李测试",
        "139 0013 9000",
        null,
        List.of(new LineForm("伺服电机 SV-200", 2)),
        new BigDecimal("360000"),
        null,
        closeDate,
        null,
        null,
        50,
        null,
        null);
  }
}
