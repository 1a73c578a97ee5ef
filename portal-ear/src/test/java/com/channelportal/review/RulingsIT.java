package com.channelportal.review;

import static com.channelportal.registration.ClaimFixtures.brand;
import static com.channelportal.registration.ClaimFixtures.newCustomer;
import static com.channelportal.registration.ClaimFixtures.partnerOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.confirmation.boundary.Confirmations;
import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.customer.boundary.CustomerFilter;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.ClaimFixtures;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.entity.StatusChange;
import com.channelportal.review.boundary.ReviewCase;
import com.channelportal.review.boundary.ReviewFilter;
import com.channelportal.review.boundary.ReviewQueue;
import com.channelportal.review.boundary.Reviews;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.control.RulingPlan;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.AppealDecisionForm;
import com.channelportal.review.entity.AppealForm;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.Ruling;
import com.channelportal.review.entity.RulingForm;
import com.channelportal.review.entity.RulingKind;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conflict desk inside Payara on the real database: rulings and what they do to the other
 * partners' claims, appeals, resubmission, the queue, scope, versions, and two managers ruling at
 * once. Each test makes its own distributors (assigned to a manager of its own) and customers.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class RulingsIT {

  private static final Caller ADMIN = brand("it.desk.admin", Role.BRAND_ADMIN);
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String WHY = "两家报备同一客户：按提交时间与资料完整度裁定。";
  private static final String TRADE_NAME_CHARACTERS = "鑫源瑞盛达恒辉嘉铭昊博创凯隆美能普启森腾威耀卓贝财冠杰坤力朗欧万雅众";

  private static final ClaimFixtures.Place PLACE =
      new ClaimFixtures.Place(
          TRADE_NAME_CHARACTERS, "深圳", "精密机械有限公司", "大型设备制造", "广东省", "深圳市", "91440300MA");

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "rulings-it.war")
        .addAsLibraries(libs)
        .addClasses(
            RulingsIT.class,
            ClaimFixtures.class,
            ClaimFixtures.Place.class,
            RulingsIT.Recorded.class,
            StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Registrations registrations;

  @Inject ClaimFixtures fixtures;

  @Inject Rulings rulings;

  @Inject Reviews reviews;

  @Inject DealActivities activities;

  @Inject Confirmations confirmations;

  @Inject ReviewQueue queue;

  @Inject Customers customers;

  @Inject DirectOpportunities directOpportunities;

  @Inject PartnerCompanies companies;

  @Inject Partners partners;

  @Inject AuditLog audit;

  @Resource ManagedThreadFactory threads;

  @Inject Recorded recorded;

  /** Every registration event, as the notifications and the lifecycle will observe them. */
  @ApplicationScoped
  static class Recorded {
    private final List<RegistrationEvent> events = new CopyOnWriteArrayList<>();

    void on(@Observes RegistrationEvent event) {
      events.add(event);
    }

    List<RegistrationEvent.Kind> of(long registrationId) {
      return events.stream()
          .filter(e -> e.registrationId() == registrationId)
          .map(RegistrationEvent::kind)
          .toList();
    }
  }

  /** Two partners' claims both under review, because the brand's sales opened the deal first. */
  private record Contest(
      Caller manager, Caller first, Caller second, Registration a, Registration b) {}

  @Test
  void approvingOneClaimHoldsTheOtherAndProtectsTheWinner() {
    var contest = contest();

    var approved =
        rule(contest.manager(), contest.b(), new RulingForm(Decision.APPROVE, null, null, WHY));

    var winner = registrations.get(ADMIN, contest.b().getId());
    var held = registrations.get(ADMIN, contest.a().getId());
    assertAll(
        () -> assertEquals(RegistrationStatus.APPROVED, approved.getStatus()),
        () -> assertEquals(LocalDate.now(BRAND_ZONE).plusDays(89), winner.getProtectedUntil()),
        () -> assertFalse(winner.isShared()),
        () -> assertNull(winner.getWaitingSince()),
        () -> assertEquals(RegistrationStatus.ON_HOLD, held.getStatus()),
        () -> assertNull(held.getProtectedUntil()));
    assertEquals(
        List.of(RegistrationEvent.Kind.SENT_TO_REVIEW, RegistrationEvent.Kind.APPROVED),
        recorded.of(contest.b().getId()));
    assertEquals(
        List.of(RegistrationEvent.Kind.SENT_TO_REVIEW, RegistrationEvent.Kind.PUT_ON_HOLD),
        recorded.of(contest.a().getId()));
    var winnerRulings = rulings.of(contest.second(), contest.b().getId());
    assertEquals(List.of(RulingKind.APPROVED), kinds(winnerRulings));
    assertEquals(WHY, winnerRulings.get(0).getRationale());
    var heldRulings = rulings.of(contest.first(), contest.a().getId());
    assertEquals(List.of(RulingKind.PUT_ON_HOLD), kinds(heldRulings));
    assertNull(heldRulings.get(0).getRationale(), "the other partner's rationale is not shown");
    assertEquals(winnerRulings.get(0).getId(), heldRulings.get(0).getCausedBy());
    // the held partner's history says nothing about who won
    assertTrue(held.getHistory().stream().allMatch(h -> h.getNote() == null));
    assertEquals(
        List.of("registration.submitted", "registration.under-review", "registration.ruling"),
        actions(audit.about(ADMIN, Registrations.SUBJECT, contest.b().getId())));
    var entry = audit.about(ADMIN, Registrations.SUBJECT, contest.b().getId()).get(2);
    assertTrue(entry.getDetails().contains("\"textSha256\""), entry.getDetails());
    assertFalse(entry.getDetails().contains("按提交时间"), "no words in the chain");
    // a held claim cannot be approved while the winner holds the customer; it can be rejected
    var refused =
        assertThrows(
            RuleViolation.class,
            () -> rule(contest.manager(), held, new RulingForm(Decision.APPROVE, null, null, WHY)));
    assertEquals(RulingPlan.OTHER_APPROVED, refused.code());
    var rejected =
        rule(
            contest.manager(),
            held,
            new RulingForm(Decision.REJECT, ReasonCode.DUPLICATE, null, WHY));
    assertEquals(RegistrationStatus.REJECTED, rejected.getStatus());
  }

  /**
   * Two managers' partners claim one customer: litai's manager may hold the other claim by
   * approving theirs (the held claim's own manager still reads its case), but sharing would rule on
   * the other manager's partner and is left to a brand admin. Customers read the same way.
   */
  @Test
  void aManagerHoldsAnotherManagersClaimButLeavesSharingToABrandAdmin() {
    var mine = manager();
    var theirs = manager();
    var contest = contest(mine, theirs);
    var a = contest.a();
    var b = contest.b();

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> rule(mine, a, new RulingForm(Decision.SHARE, null, null, WHY)));
    assertEquals(RulingPlan.SHARE_OUTSIDE_SCOPE, refused.code());
    assertEquals(RegistrationStatus.UNDER_REVIEW, registrations.get(ADMIN, b.getId()).getStatus());
    assertThrows(
        RecordNotFound.class,
        () -> rule(theirs, a, new RulingForm(Decision.APPROVE, null, null, WHY)));
    var own = customers.get(mine, a.getCustomerId());
    assertEquals(a.getCustomerId(), own.getId());
    assertThrows(RecordNotFound.class, () -> customers.get(mine, b.getCustomerId()));
    assertTrue(
        customers.list(mine, CustomerFilter.NONE, 0, 500).stream()
            .noneMatch(c -> c.getId().equals(b.getCustomerId())));

    rule(mine, a, new RulingForm(Decision.APPROVE, null, null, WHY));

    assertEquals(RegistrationStatus.ON_HOLD, registrations.get(ADMIN, b.getId()).getStatus());
    assertEquals(
        RegistrationStatus.ON_HOLD, reviews.get(theirs, b.getId()).registration().getStatus());
    assertThrows(RecordNotFound.class, () -> reviews.get(mine, b.getId()));
    assertEquals(
        List.of(RegistrationEvent.Kind.SENT_TO_REVIEW, RegistrationEvent.Kind.PUT_ON_HOLD),
        recorded.of(b.getId()),
        "the hold is an event of b's own, which b's manager hears of");
    var shared =
        rule(
            brand("it.desk.admin", Role.BRAND_ADMIN),
            b,
            new RulingForm(Decision.SHARE, null, null, WHY));
    assertEquals(RegistrationStatus.APPROVED, shared.getStatus());
  }

  @Test
  void sharingApprovesBothClaims() {
    var contest = contest();

    rule(contest.manager(), contest.a(), new RulingForm(Decision.SHARE, null, null, WHY));

    var a = registrations.get(ADMIN, contest.a().getId());
    var b = registrations.get(ADMIN, contest.b().getId());
    assertAll(
        () -> assertEquals(RegistrationStatus.APPROVED, a.getStatus()),
        () -> assertEquals(RegistrationStatus.APPROVED, b.getStatus()),
        () -> assertTrue(a.isShared()),
        () -> assertTrue(b.isShared()),
        () -> assertNotNull(b.getProtectedUntil()),
        () -> assertEquals(WHY, rulings.of(contest.second(), b.getId()).get(0).getRationale()));
    assertEquals(RegistrationEvent.Kind.SHARED, last(recorded.of(a.getId())));
    assertEquals(RegistrationEvent.Kind.SHARED, last(recorded.of(b.getId())));
  }

  @Test
  void anApprovedClaimBlocksApprovalButCanBeShared() {
    var manager = manager();
    var first = partnerOf(newDistributor(manager));
    var second = partnerOf(newDistributor(manager));
    var customer = newCustomer(PLACE);
    var approved = submitNew(first, customer);
    var contested = submitNew(second, customer);
    assertEquals(RegistrationStatus.APPROVED, approved.getStatus());
    assertEquals(RegistrationStatus.UNDER_REVIEW, contested.getStatus());

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> rule(manager, contested, new RulingForm(Decision.APPROVE, null, null, WHY)));
    assertEquals(RulingPlan.OTHER_APPROVED, refused.code());
    rule(manager, contested, new RulingForm(Decision.SHARE, null, null, WHY));

    var earlier = registrations.get(ADMIN, approved.getId());
    assertTrue(earlier.isShared());
    assertEquals(approved.getProtectedUntil(), earlier.getProtectedUntil(), "protection unchanged");
    assertNotEquals(approved.getVersion(), earlier.getVersion(), "a stale ruling on it fails");
    assertEquals(
        RegistrationStatus.APPROVED, registrations.get(ADMIN, contested.getId()).getStatus());
  }

  @Test
  void aRejectionIsAppealedOnceAndABrandAdminDecides() {
    var contest = contest();
    var rejected =
        rule(
            contest.manager(),
            contest.b(),
            new RulingForm(Decision.REJECT, ReasonCode.OTHER, "客户已由直销跟进", WHY));
    assertEquals("OTHER", rejected.getHistory().get(rejected.getHistory().size() - 1).getNote());

    // only the partner appeals, and only a brand admin decides
    assertThrows(
        AccessDenied.class,
        () ->
            rulings.appeal(
                contest.manager(), rejected.getId(), rejected.getVersion(), new AppealForm(WHY)));
    assertThrows(
        RecordNotFound.class,
        () ->
            rulings.appeal(
                contest.first(), rejected.getId(), rejected.getVersion(), new AppealForm(WHY)));
    var appealed =
        rulings.appeal(
            contest.second(), rejected.getId(), rejected.getVersion(), new AppealForm(WHY));
    assertEquals(RegistrationStatus.APPEALED, appealed.getStatus());
    assertTrue(
        queue
            .list(ADMIN, new ReviewFilter(contest.b().getPartnerCompanyId(), false, null), 0, 10)
            .stream()
            .anyMatch(e -> e.registration().getId().equals(appealed.getId())),
        "the appeal is in the brand admins' queue");
    assertTrue(
        queue.list(contest.manager(), ReviewFilter.NONE, 0, 50).stream()
            .noneMatch(e -> e.registration().getId().equals(appealed.getId())),
        "not in the channel manager's");
    assertThrows(
        AccessDenied.class,
        () ->
            rulings.decideAppeal(
                contest.manager(),
                appealed.getId(),
                appealed.getVersion(),
                new AppealDecisionForm(AppealDecision.OVERTURN, WHY)));

    var reopened =
        rulings.decideAppeal(
            ADMIN,
            appealed.getId(),
            appealed.getVersion(),
            new AppealDecisionForm(AppealDecision.OVERTURN, WHY));
    assertEquals(RegistrationStatus.UNDER_REVIEW, reopened.getStatus());
    var again =
        rule(
            contest.manager(),
            reopened,
            new RulingForm(Decision.REJECT, ReasonCode.DUPLICATE, null, WHY));
    var once =
        assertThrows(
            RuleViolation.class,
            () ->
                rulings.appeal(
                    contest.second(), again.getId(), again.getVersion(), new AppealForm(WHY)));
    assertEquals(Rulings.NOT_APPEALABLE, once.code());
    assertEquals(
        List.of(
            RulingKind.REJECTED,
            RulingKind.APPEALED,
            RulingKind.APPEAL_OVERTURNED,
            RulingKind.REJECTED),
        kinds(rulings.of(contest.second(), again.getId())));
    assertEquals(
        List.of(
            RegistrationEvent.Kind.SENT_TO_REVIEW,
            RegistrationEvent.Kind.REJECTED,
            RegistrationEvent.Kind.APPEALED,
            RegistrationEvent.Kind.APPEAL_DECIDED,
            RegistrationEvent.Kind.REJECTED),
        recorded.of(again.getId()));
  }

  @Test
  void aReturnedClaimIsRevisedResubmittedAndCheckedAgain() {
    var contest = contest();
    var returned =
        rule(contest.manager(), contest.b(), new RulingForm(Decision.RETURN, null, null, WHY));
    assertEquals(RegistrationStatus.INFORMATION_REQUESTED, returned.getStatus());
    var number = returned.getNumber();
    var firstStamp = returned.getSubmittedAt();
    var revised = form(returned.getCustomer().toForm(null), "补充：客户已确认预算。");

    var resubmitted =
        registrations.resubmit(contest.second(), returned.getId(), returned.getVersion(), revised);

    assertEquals(RegistrationStatus.UNDER_REVIEW, resubmitted.getStatus());
    assertEquals(number, resubmitted.getNumber());
    assertTrue(resubmitted.getSubmittedAt().isAfter(firstStamp));
    assertEquals("补充：客户已确认预算。", resubmitted.getNotes());
    var conflicts = registrations.conflicts(ADMIN, resubmitted.getId());
    assertTrue(
        conflicts.stream()
            .anyMatch(
                c ->
                    c.getCandidateKind() == CandidateKind.REGISTRATION
                        && c.getCandidateId() == contest.a().getId()),
        "checked again");
    assertEquals(
        List.of(
            RegistrationStatus.DRAFT,
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.UNDER_REVIEW,
            RegistrationStatus.INFORMATION_REQUESTED,
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.UNDER_REVIEW),
        registrations.get(contest.second(), resubmitted.getId()).getHistory().stream()
            .map(StatusChange::getTo)
            .toList());
    assertTrue(
        actions(audit.about(ADMIN, Registrations.SUBJECT, resubmitted.getId()))
            .contains("registration.resubmitted"));
    assertEquals(
        List.of(
            RegistrationEvent.Kind.SENT_TO_REVIEW,
            RegistrationEvent.Kind.INFORMATION_REQUESTED,
            RegistrationEvent.Kind.RESUBMITTED,
            RegistrationEvent.Kind.SENT_TO_REVIEW),
        recorded.of(resubmitted.getId()));
  }

  @Test
  void theQueueShowsTheManagersClaimsOldestFirstWithTheirConflicts() {
    var contest = contest();

    var entries = queue.list(contest.manager(), ReviewFilter.NONE, 0, 50);

    assertEquals(
        List.of(contest.a().getId(), contest.b().getId()),
        entries.stream().map(e -> e.registration().getId()).toList());
    assertEquals(2, queue.count(contest.manager(), ReviewFilter.NONE));
    assertEquals(2, queue.waiting(contest.manager()));
    var b = entries.get(1);
    assertEquals(2, b.conflicts(), "the direct opportunity and the other partner's claim");
    assertTrue(b.bestScore().compareTo(new BigDecimal("0.990")) >= 0);
    assertFalse(b.escalated());
    assertEquals(
        0, queue.count(contest.manager(), new ReviewFilter(null, true, null)), "none escalated");
    assertEquals(
        1,
        queue.count(
            contest.manager(), new ReviewFilter(contest.b().getPartnerCompanyId(), false, null)));
    var best = b.bestScore();
    assertTrue(
        ids(queue.list(contest.manager(), new ReviewFilter(null, false, best), 0, 50))
            .contains(contest.b().getId()));
    var above = best.add(new BigDecimal("0.001"));
    assertFalse(
        ids(queue.list(contest.manager(), new ReviewFilter(null, false, above), 0, 50))
            .contains(contest.b().getId()));
    assertEquals(0, queue.count(manager(), ReviewFilter.NONE), "another manager's queue");
    assertThrows(AccessDenied.class, () -> queue.count(contest.first(), ReviewFilter.NONE));
  }

  @Test
  void theCaseShowsEveryClaimWithTheEarliestMarked() {
    var contest = contest();

    var review = reviews.get(contest.manager(), contest.a().getId());

    assertEquals(contest.a().getId(), review.registration().getId());
    var kinds = review.claims().stream().map(c -> c.key().kind()).toList();
    assertTrue(kinds.contains(CandidateKind.DIRECT_OPPORTUNITY), kinds::toString);
    var other =
        review.claims().stream()
            .filter(c -> c.key().kind() == CandidateKind.REGISTRATION)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the later claim that found this one: " + kinds));
    assertEquals(contest.b().getId(), other.key().id());
    assertNotNull(other.partnerName());
    assertFalse(other.registration().getHistory().isEmpty());
    assertEquals(CandidateKind.DIRECT_OPPORTUNITY, review.earliest().kind());
    assertEquals(ReviewCase.FollowUp.NONE, review.followUpOf(other.key()));

    // the later claim's partner follows its deal up while it waits: the desk sees how much
    var visit = OffsetDateTime.now(BRAND_ZONE).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
    for (var at : List.of(visit.minusDays(1), visit)) {
      activities.record(
          contest.second(),
          contest.b().getId(),
          new ActivityForm(
              DealActivityKind.VISIT, at, List.of(), List.of(), "现场拜访", null, null, null),
          List.of());
    }
    var followed = reviews.get(contest.manager(), contest.a().getId());
    assertEquals(
        new ReviewCase.FollowUp(2, visit.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()),
        followed.followUpOf(other.key()));
    assertEquals(
        ReviewCase.FollowUp.NONE,
        followed.followUpOf(
            new ReviewCase.Claim.Key(CandidateKind.REGISTRATION, contest.a().getId())));
    assertTrue(followed.answerOf(other.key()).isEmpty(), "never asked");

    // its partner asks the customer: the desk shows the request waiting for an answer
    confirmations.request(
        contest.second(),
        contest.b().getId(),
        new ConfirmationForm("buyer@" + contest.b().getId() + ".example.cn", "采购部", "zh-CN"));
    var asked = reviews.get(contest.manager(), contest.a().getId()).answerOf(other.key());
    assertEquals(ConfirmationState.OPEN, asked.orElseThrow().state());
    assertThrows(RecordNotFound.class, () -> reviews.get(manager(), contest.a().getId()));
    assertThrows(AccessDenied.class, () -> reviews.get(contest.first(), contest.a().getId()));
  }

  @Test
  void outsideTheScopeStaleOrInvalidRulingsChangeNothing() {
    var contest = contest();
    var b = contest.b();
    var valid = new RulingForm(Decision.APPROVE, null, null, WHY);

    assertThrows(RecordNotFound.class, () -> rule(manager(), b, valid));
    assertThrows(AccessDenied.class, () -> rule(contest.second(), b, valid));
    assertThrows(
        StaleRecord.class,
        () -> rulings.rule(contest.manager(), b.getId(), b.getVersion() - 1, valid));
    var invalid =
        assertThrows(
            InvalidFields.class,
            () -> rule(contest.manager(), b, new RulingForm(Decision.REJECT, null, null, "短")));
    assertEquals(
        List.of("reasonCode.REQUIRED", "rationale.TOO_SHORT"),
        invalid.problems().stream().map(p -> p.reason()).toList());

    var unchanged = registrations.get(ADMIN, b.getId());
    assertEquals(RegistrationStatus.UNDER_REVIEW, unchanged.getStatus());
    assertEquals(b.getVersion(), unchanged.getVersion());
    assertTrue(rulings.of(ADMIN, b.getId()).isEmpty());
  }

  /**
   * Two managers approve the two competing claims at the same moment: the locks queue them, the
   * second sees the first's outcome, and exactly one claim is approved.
   */
  @Test
  void twoManagersRulingAtOnceExactlyOneWins() throws Exception {
    var contest = contest();
    var other = brand("it.desk.admin2", Role.BRAND_ADMIN);
    var ready = new CountDownLatch(2);
    var go = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2, threads);
    var outcomes = new ArrayList<Object>();
    try {
      var futures = new ArrayList<Future<Registration>>();
      for (var pair :
          List.of(List.of(contest.manager(), contest.a()), List.of(other, contest.b()))) {
        var caller = (Caller) pair.get(0);
        var claim = (Registration) pair.get(1);
        Callable<Registration> approve =
            () -> {
              ready.countDown();
              go.await();
              return rulings.rule(
                  caller,
                  claim.getId(),
                  claim.getVersion(),
                  new RulingForm(Decision.APPROVE, null, null, WHY));
            };
        futures.add(pool.submit(approve));
      }
      ready.await();
      go.countDown();
      for (var future : futures) {
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }

    var won = outcomes.stream().filter(Registration.class::isInstance).toList();
    var lost =
        outcomes.stream()
            .filter(o -> o instanceof StaleRecord || o instanceof RuleViolation)
            .toList();
    assertEquals(1, won.size(), () -> "outcomes: " + outcomes);
    assertEquals(1, lost.size(), () -> "outcomes: " + outcomes);
    var statuses =
        List.of(
            registrations.get(ADMIN, contest.a().getId()).getStatus(),
            registrations.get(ADMIN, contest.b().getId()).getStatus());
    assertTrue(
        statuses.containsAll(List.of(RegistrationStatus.APPROVED, RegistrationStatus.ON_HOLD)),
        statuses::toString);
    assertInstanceOf(Registration.class, won.get(0));
  }

  private Contest contest() {
    var manager = manager();
    return contest(manager, manager);
  }

  /** The first partner is assigned to {@code manager}, the second to {@code secondsManager}. */
  private Contest contest(Caller manager, Caller secondsManager) {
    var first = partnerOf(newDistributor(manager));
    var second = partnerOf(newDistributor(secondsManager));
    var customer = newCustomer(PLACE);
    directOpportunities.create(
        brand("it.desk.sales", Role.BRAND_SALES),
        new DirectOpportunityForm("IT desk", null, customer, null));
    var a = submitNew(first, customer);
    var b = submitNew(second, customer);
    assertEquals(RegistrationStatus.UNDER_REVIEW, a.getStatus());
    assertEquals(RegistrationStatus.UNDER_REVIEW, b.getStatus());
    return new Contest(manager, first, second, a, b);
  }

  private Registration rule(Caller manager, Registration claim, RulingForm form) {
    var current = registrations.get(ADMIN, claim.getId());
    return rulings.rule(manager, claim.getId(), current.getVersion(), form);
  }

  private Registration submitNew(Caller partner, CustomerForm customer) {
    return fixtures.submitNew(partner, form(customer, "IT"));
  }

  private PartnerCompany newDistributor(Caller manager) {
    var company = fixtures.newDistributor();
    fixtures.assign(company, manager.username());
    return company;
  }

  private static Caller manager() {
    var name = "it.cm." + UUID.randomUUID().toString().substring(0, 8);
    return brand(name, Role.CHANNEL_MANAGER);
  }

  private static RegistrationForm form(CustomerForm customer, String notes) {
    return new RegistrationForm(
        null,
        customer,
        "王建新",
        "138 0013 8000",
        null,
        List.of(new LineForm("伺服电机 SV-200", 4)),
        new BigDecimal("380000"),
        null,
        LocalDate.now(BRAND_ZONE).plusMonths(3),
        null,
        null,
        60,
        DealStage.QUALIFICATION,
        notes);
  }

  private static List<Long> ids(List<com.channelportal.review.boundary.QueueEntry> entries) {
    return entries.stream().map(e -> e.registration().getId()).toList();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static List<RulingKind> kinds(List<Ruling> rulings) {
    return rulings.stream().map(Ruling::getKind).toList();
  }

  private static List<String> actions(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::getAction).toList();
  }
}
