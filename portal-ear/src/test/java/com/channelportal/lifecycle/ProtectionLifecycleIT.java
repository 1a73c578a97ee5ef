package com.channelportal.lifecycle;

import static com.channelportal.registration.ClaimFixtures.brand;
import static com.channelportal.registration.ClaimFixtures.newCustomer;
import static com.channelportal.registration.ClaimFixtures.partnerOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.lifecycle.boundary.Closings;
import com.channelportal.lifecycle.boundary.ExpiryReminders;
import com.channelportal.lifecycle.boundary.Extensions;
import com.channelportal.lifecycle.boundary.ProtectionExpiry;
import com.channelportal.lifecycle.boundary.ReviewEscalation;
import com.channelportal.lifecycle.control.LifecycleRules;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.registration.ClaimFixtures;
import com.channelportal.registration.boundary.Availability;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent.Kind;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.scheduling.boundary.ScheduledJob;
import com.channelportal.scheduling.boundary.Scheduler;
import com.channelportal.stack.StackExtension;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The protection lifecycle inside Payara on the real database, with the portal's clock moved by the
 * tests: expiry at the brand's midnight through the scheduled job (and the customer free again),
 * reminders and escalations once, extension requests approved, denied and stale, closing as won or
 * lost. Jobs run under rows of the test's own ({@link RenamedJob}).
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class ProtectionLifecycleIT {

  private static final Caller ADMIN = brand("it.admin", Role.BRAND_ADMIN);
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String JUSTIFICATION = "客户预算审批推迟到下个季度，招标时间也随之推迟";
  private static final String TRADE_NAME_CHARACTERS = "翔宸铄珲琪瑾璐玮琛瀚烨晟骐骏颢峥湛熠淳桀";

  private static final ClaimFixtures.Place PLACE =
      new ClaimFixtures.Place(
          TRADE_NAME_CHARACTERS, "上海", "自动化设备有限公司", "仪器仪表及工业", "上海市", "上海", "91310000MA");

  @Deployment
  static WebArchive deployment() {
    return OnceOnlySchedulerIT.archive("protection-lifecycle-it.war", ProtectionLifecycleIT.class);
  }

  @Inject MovableClock clock;

  @Inject RecordedEvents events;

  @Inject Scheduler scheduler;

  @Inject ProtectionExpiry expiry;

  @Inject ExpiryReminders reminders;

  @Inject ReviewEscalation escalation;

  @Inject Registrations registrations;

  @Inject ClaimFixtures fixtures;

  @Inject Availability availability;

  @Inject Extensions extensions;

  @Inject Closings closings;

  @Inject PartnerCompanies companies;

  @Inject Partners partners;

  @Inject AuditLog audit;

  @BeforeEach
  void stopTheClock() {
    clock.fixAt(Instant.now());
  }

  @AfterEach
  void realTime() {
    clock.release();
  }

  @Test
  void theExpiryJobEndsProtectionAtTheBrandsMidnightAndFreesTheCustomer() {
    var first = partnerOf(fixtures.newDistributor());
    var second = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var approved = submitNew(first, customer);
    var lastDay = approved.getProtectedUntil();
    assertEquals(today().plusDays(89), lastDay);

    clock.fixAt(midnightAfter(lastDay).minusNanos(1_000));
    runJob(expiry);
    assertEquals(
        RegistrationStatus.APPROVED, registrations.get(first, approved.getId()).getStatus());
    assertEquals(
        new AvailabilityAnswer.ProtectedUntil(lastDay),
        availability.check(second, customer.name()));

    clock.fixAt(midnightAfter(lastDay));
    runJob(expiry);

    var expired = registrations.get(first, approved.getId());
    var last = expired.getHistory().get(expired.getHistory().size() - 1);
    assertAll(
        () -> assertEquals(RegistrationStatus.EXPIRED, expired.getStatus()),
        () -> assertEquals(RegistrationStatus.EXPIRED, last.getTo()),
        () -> assertEquals("system", last.getBy()),
        () -> assertTrue(events.of(approved.getId()).contains(Kind.EXPIRED)),
        () -> assertEquals(1, count(approved, "registration.expired")));
    assertInstanceOf(AvailabilityAnswer.Free.class, availability.check(second, customer.name()));
    var secondClaim = submitNew(second, customer);
    assertEquals(RegistrationStatus.APPROVED, secondClaim.getStatus(), "approved automatically");
    assertTrue(registrations.conflicts(ADMIN, secondClaim.getId()).isEmpty());

    clock.advance(Duration.ofHours(1));
    runJob(expiry);
    assertEquals(1, count(approved, "registration.expired"), "expired once");
  }

  @Test
  void remindersGoOutFourteenAndThreeDaysBeforeTheEndOnceEach() {
    var partner = partnerOf(fixtures.newDistributor());
    var approved = submitNew(partner, newCustomer(PLACE));
    var lastDay = approved.getProtectedUntil();

    remindOn(lastDay.minusDays(15), LocalTime.NOON);
    assertEquals(0, reminders(approved));
    remindOn(lastDay.minusDays(14), LocalTime.of(0, 5));
    assertEquals(1, reminders(approved));
    remindOn(lastDay.minusDays(14), LocalTime.of(18, 0));
    remindOn(lastDay.minusDays(10), LocalTime.NOON);
    assertEquals(
        1, reminders(approved), "one reminder fourteen days before, however often it runs");
    remindOn(lastDay.minusDays(3), LocalTime.NOON);
    assertEquals(2, reminders(approved));
    remindOn(lastDay, LocalTime.NOON);
    assertEquals(2, reminders(approved));
    assertEquals(2, count(approved, "registration.expiry-reminded"));
  }

  @Test
  void aReviewPastTheServiceLevelIsEscalatedOnce() {
    var customer = newCustomer(PLACE);
    submitNew(partnerOf(fixtures.newDistributor()), customer);
    var contested = submitNew(partnerOf(fixtures.newDistributor()), customer);
    assertEquals(RegistrationStatus.UNDER_REVIEW, contested.getStatus());
    var start = clock.now();

    clock.fixAt(start.plus(Duration.ofHours(48)));
    runJob(escalation);
    assertEquals(0, escalations(contested), "48 hours are within the service level");

    clock.fixAt(start.plus(Duration.ofHours(48)).plusSeconds(1));
    runJob(escalation);
    assertEquals(1, escalations(contested));

    clock.fixAt(start.plus(Duration.ofHours(72)));
    runJob(escalation);
    assertEquals(1, escalations(contested), "escalated once");
    assertEquals(1, count(contested, "registration.escalated"));
  }

  @Test
  void theChannelManagerApprovesAnExtensionThatMovesTheEnd() {
    var company = fixtures.newDistributor();
    var partner = partnerOf(company);
    var approved = submitNew(partner, newCustomer(PLACE));
    var lastDay = approved.getProtectedUntil();
    var manager =
        brand("it.cm." + UUID.randomUUID().toString().substring(0, 6), Role.CHANNEL_MANAGER);

    var request =
        extensions.request(partner, approved.getId(), new ExtensionForm(30, JUSTIFICATION));

    assertEquals(ExtensionStatus.OPEN, request.getStatus());
    assertEquals(lastDay, request.getProtectedUntil());
    var again =
        assertThrows(
            RuleViolation.class,
            () ->
                extensions.request(partner, approved.getId(), new ExtensionForm(5, JUSTIFICATION)));
    assertEquals(LifecycleRules.EXTENSION_OPEN, again.code());
    assertThrows(RecordNotFound.class, () -> extensions.get(manager, request.getId()));
    fixtures.assign(company, manager.username());
    assertEquals(
        List.of(request.getId()),
        extensions.list(manager, ExtensionStatus.OPEN, 0, 100).stream()
            .map(ProtectionExtension::getId)
            .toList());
    assertThrows(
        StaleRecord.class,
        () ->
            extensions.decide(
                manager,
                request.getId(),
                request.getVersion() + 1,
                new ExtensionDecision(true, null)));

    var decided =
        extensions.decide(
            manager, request.getId(), request.getVersion(), new ExtensionDecision(true, "同意"));

    assertAll(
        () -> assertEquals(ExtensionStatus.APPROVED, decided.getStatus()),
        () -> assertEquals(lastDay.plusDays(30), decided.getExtendedUntil()),
        () ->
            assertEquals(
                lastDay.plusDays(30),
                registrations.get(partner, approved.getId()).getProtectedUntil()),
        () ->
            assertTrue(
                events
                    .of(approved.getId())
                    .containsAll(List.of(Kind.EXTENSION_REQUESTED, Kind.EXTENSION_DECIDED))),
        () -> assertEquals(1, count(approved, "registration.extension-requested")),
        () -> assertEquals(1, count(approved, "registration.extension-approved")));
    assertThrows(
        StaleRecord.class,
        () ->
            extensions.decide(
                manager, request.getId(), request.getVersion(), new ExtensionDecision(false, "不")));
    assertThrows(
        RuleViolation.class,
        () ->
            extensions.decide(
                manager, request.getId(), decided.getVersion(), new ExtensionDecision(true, null)));
    // the extended claim holds through its new last day, and expires after it
    clock.fixAt(midnightAfter(lastDay));
    runJob(expiry);
    assertEquals(
        RegistrationStatus.APPROVED, registrations.get(partner, approved.getId()).getStatus());
    clock.fixAt(midnightAfter(lastDay.plusDays(30)));
    runJob(expiry);
    assertEquals(
        RegistrationStatus.EXPIRED, registrations.get(partner, approved.getId()).getStatus());
  }

  @Test
  void aDenialNeedsAReasonAndLeavesTheEnd() {
    var partner = partnerOf(fixtures.newDistributor());
    var approved = submitNew(partner, newCustomer(PLACE));
    var request =
        extensions.request(partner, approved.getId(), new ExtensionForm(10, JUSTIFICATION));

    assertThrows(
        InvalidFields.class,
        () ->
            extensions.decide(
                ADMIN, request.getId(), request.getVersion(), new ExtensionDecision(false, " ")));
    var denied =
        extensions.decide(
            ADMIN, request.getId(), request.getVersion(), new ExtensionDecision(false, "项目没有进展"));

    assertEquals(ExtensionStatus.DENIED, denied.getStatus());
    assertEquals("项目没有进展", denied.getDecisionReason());
    assertEquals(
        approved.getProtectedUntil(),
        registrations.get(partner, approved.getId()).getProtectedUntil());
    assertEquals(1, count(approved, "registration.extension-denied"));
    // decided, so the partner may ask again
    var next = extensions.request(partner, approved.getId(), new ExtensionForm(5, JUSTIFICATION));
    assertEquals(
        List.of(next.getId(), request.getId()),
        extensions.of(partner, approved.getId()).stream().map(ProtectionExtension::getId).toList());
  }

  @Test
  void extensionsAreRefusedOutsideTheirRules() {
    var partner = partnerOf(fixtures.newDistributor());
    var other = partnerOf(fixtures.newDistributor());
    var approved = submitNew(partner, newCustomer(PLACE));
    var id = approved.getId();

    assertThrows(
        InvalidFields.class,
        () -> extensions.request(partner, id, new ExtensionForm(91, JUSTIFICATION)));
    assertThrows(
        InvalidFields.class, () -> extensions.request(partner, id, new ExtensionForm(10, "短")));
    assertThrows(
        RecordNotFound.class,
        () -> extensions.request(other, id, new ExtensionForm(10, JUSTIFICATION)));
    assertThrows(
        AccessDenied.class,
        () -> extensions.request(ADMIN, id, new ExtensionForm(10, JUSTIFICATION)));
    var request = extensions.request(partner, id, new ExtensionForm(10, JUSTIFICATION));
    assertThrows(RecordNotFound.class, () -> extensions.get(other, request.getId()));
    assertThrows(
        AccessDenied.class,
        () ->
            extensions.decide(
                partner, request.getId(), request.getVersion(), new ExtensionDecision(true, null)));
    assertThrows(AccessDenied.class, () -> extensions.list(partner, null, 0, 10));
    // once the last day has passed, there is nothing left to extend, even before the job runs
    clock.fixAt(midnightAfter(approved.getProtectedUntil()));
    var late =
        assertThrows(
            RuleViolation.class,
            () ->
                extensions.decide(
                    ADMIN,
                    request.getId(),
                    request.getVersion(),
                    new ExtensionDecision(true, null)));
    assertEquals(LifecycleRules.NOT_PROTECTED, late.code());
  }

  @Test
  void aWonDealEndsProtectionAndLapsesTheOpenRequest() {
    var partner = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var approved = submitNew(partner, customer);
    var request =
        extensions.request(partner, approved.getId(), new ExtensionForm(10, JUSTIFICATION));

    var won =
        closings.close(
            partner,
            approved.getId(),
            approved.getVersion(),
            new ClosingForm(DealOutcome.WON, new BigDecimal("365000"), null));

    assertAll(
        () -> assertEquals(RegistrationStatus.WON, won.getStatus()),
        () ->
            assertEquals(
                new BigDecimal("365000.00"),
                closings.of(partner, approved.getId()).orElseThrow().getActualAmount()),
        () ->
            assertEquals(
                ExtensionStatus.LAPSED, extensions.get(partner, request.getId()).getStatus()),
        () -> assertTrue(events.of(approved.getId()).contains(Kind.WON)),
        () -> assertEquals(1, count(approved, "registration.won")));
    var next = submitNew(partnerOf(fixtures.newDistributor()), customer);
    assertEquals(RegistrationStatus.APPROVED, next.getStatus(), "the customer is free again");
    assertThrows(
        StaleRecord.class,
        () ->
            closings.close(
                partner,
                approved.getId(),
                approved.getVersion(),
                new ClosingForm(DealOutcome.LOST, null, "价格")));
    assertThrows(
        RuleViolation.class,
        () ->
            closings.close(
                partner,
                approved.getId(),
                won.getVersion(),
                new ClosingForm(DealOutcome.LOST, null, "价格")));
  }

  @Test
  void aLostDealNeedsAReasonAndOnlyItsPartnerClosesIt() {
    var partner = partnerOf(fixtures.newDistributor());
    var approved = submitNew(partner, newCustomer(PLACE));
    var id = approved.getId();
    var version = approved.getVersion();

    assertThrows(
        InvalidFields.class,
        () -> closings.close(partner, id, version, new ClosingForm(DealOutcome.LOST, null, null)));
    assertThrows(
        RecordNotFound.class,
        () ->
            closings.close(
                partnerOf(fixtures.newDistributor()),
                id,
                version,
                new ClosingForm(DealOutcome.LOST, null, "价格")));
    assertThrows(
        AccessDenied.class,
        () -> closings.close(ADMIN, id, version, new ClosingForm(DealOutcome.LOST, null, "价格")));
    var lost =
        closings.close(partner, id, version, new ClosingForm(DealOutcome.LOST, null, "竞争对手价格更低"));

    assertEquals(RegistrationStatus.LOST, lost.getStatus());
    assertEquals("竞争对手价格更低", closings.of(ADMIN, id).orElseThrow().getReason());
    assertEquals(1, count(approved, "registration.lost"));
    var draft = registrations.createDraft(partner, RegistrationForm.EMPTY);
    assertThrows(
        RuleViolation.class,
        () ->
            closings.close(
                partner,
                draft.getId(),
                draft.getVersion(),
                new ClosingForm(DealOutcome.WON, null, null)));
  }

  /** Runs the job through the scheduler until it has nothing left, as ticks would. */
  private void runJob(ScheduledJob job) {
    var renamed = RenamedJob.of(job);
    for (int i = 0; i < 100 && scheduler.run(renamed, "it-node"); i++) {
      // a full batch leaves the job due at once
    }
  }

  private void remindOn(LocalDate day, LocalTime time) {
    clock.fixAt(day.atTime(time).atZone(BRAND_ZONE).toInstant());
    runJob(reminders);
  }

  private long reminders(Registration registration) {
    return events.of(registration.getId()).stream().filter(k -> k == Kind.EXPIRY_REMINDER).count();
  }

  private long escalations(Registration registration) {
    return events.of(registration.getId()).stream().filter(k -> k == Kind.ESCALATED).count();
  }

  private long count(Registration registration, String action) {
    return audit.about(ADMIN, Registrations.SUBJECT, registration.getId()).stream()
        .map(AuditEntry::getAction)
        .filter(action::equals)
        .count();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), BRAND_ZONE);
  }

  private static Instant midnightAfter(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(BRAND_ZONE).toInstant();
  }

  private Registration submitNew(Caller partner, CustomerForm customer) {
    return fixtures.submitNew(partner, form(customer, today().plusMonths(6)));
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
