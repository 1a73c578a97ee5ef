package com.channelportal.registration;

import static com.channelportal.registration.ClaimFixtures.brand;
import static com.channelportal.registration.ClaimFixtures.newCustomer;
import static com.channelportal.registration.ClaimFixtures.partnerOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.customer.boundary.CustomerFilter;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.registration.boundary.Availability;
import com.channelportal.registration.boundary.RegistrationFilter;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.control.RegistrationNumber;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationConflict;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.entity.StatusChange;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * Deal registration inside Payara on the real database: drafts, submission with its conflict check
 * and outcome, tenancy, versions, numbers, simultaneous claims on one customer, and the blind
 * availability check. Each test registers customers of its own (random USCC and trade name) with
 * partner companies of its own, so tests do not see each other's claims.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class RegistrationsIT {

  private static final Caller ADMIN = brand("it.admin", Role.BRAND_ADMIN);
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Characters of distinct pinyin that rarely make a place name, for trade names of six: two test
   * customers are neither equal nor one character apart, so tests never conflict with each other.
   */
  private static final String TRADE_NAME_CHARACTERS = "鑫源瑞盛达恒辉嘉铭昊博创凯隆美能普启森腾威耀卓贝财冠杰坤力朗欧万雅众";

  private static final ClaimFixtures.Place PLACE =
      new ClaimFixtures.Place(
          TRADE_NAME_CHARACTERS, "深圳", "精密机械有限公司", "大型设备制造", "广东省", "深圳市", "91440300MA");

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "registrations-it.war")
        .addAsLibraries(libs)
        .addClasses(
            RegistrationsIT.class,
            ClaimFixtures.class,
            ClaimFixtures.Place.class,
            StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Registrations registrations;

  @Inject ClaimFixtures fixtures;

  @Inject Availability availability;

  @Inject Customers customers;

  @Inject DirectOpportunities directOpportunities;

  @Inject PartnerCompanies companies;

  @Inject Partners partners;

  @Inject AuditLog audit;

  @Resource ManagedThreadFactory threads;

  @Test
  void aDraftIsSubmittedStampedAndApprovedWithProtection() {
    var partner = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);

    var draft = registrations.createDraft(partner, RegistrationForm.EMPTY);
    var edited =
        registrations.updateDraft(partner, draft.getId(), draft.getVersion(), form(customer));
    var submitted = registrations.submit(partner, edited.getId(), edited.getVersion());

    var today = LocalDate.now(BRAND_ZONE);
    var stored = registrations.get(partner, submitted.getId());
    assertAll(
        () -> assertEquals(RegistrationStatus.APPROVED, stored.getStatus()),
        () -> assertTrue(RegistrationNumber.FORMAT.matcher(stored.getNumber()).matches()),
        () -> assertTrue(stored.getNumber().startsWith("DR-" + today.getYear() + "-")),
        () -> assertEquals(today.plusDays(89), stored.getProtectedUntil()),
        () -> assertNotNull(stored.getSubmittedAt()),
        () -> assertNotNull(stored.getCustomerId()),
        () -> assertEquals(customer.uscc(), stored.getCustomer().getUscc()),
        () -> assertEquals(2, stored.getLines().size()),
        () ->
            assertEquals(
                List.of(
                    RegistrationStatus.DRAFT,
                    RegistrationStatus.SUBMITTED,
                    RegistrationStatus.APPROVED),
                stored.getHistory().stream().map(StatusChange::getTo).toList()),
        () -> assertEquals("system", stored.getHistory().get(2).getBy()));
    assertEquals(
        List.of("registration.submitted", "registration.approved"),
        actions(audit.about(ADMIN, Registrations.SUBJECT, stored.getId())));
    // the partner's customer record came with the submission, and only the partner sees it
    var record = customers.get(partner, stored.getCustomerId());
    assertEquals(CustomerOrigin.PARTNER, record.getOrigin());
    assertEquals(customer.name(), record.getName());
  }

  @Test
  void anotherPartnersClaimOnTheSameCustomerGoesToReviewWithItsConflict() {
    var first = partnerOf(fixtures.newDistributor());
    var second = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var approved = submitNew(first, customer);
    // 深圳<trade name>精密机械有限公司 as <trade name>（深圳）精密机械有限公司
    var respelled = withName(customer, customer.name().substring(2).replace("精密机械", "（深圳）精密机械"));

    var contested = submitNew(second, respelled);

    assertEquals(RegistrationStatus.APPROVED, approved.getStatus());
    assertEquals(RegistrationStatus.UNDER_REVIEW, contested.getStatus());
    assertNull(contested.getProtectedUntil());
    var conflicts = registrations.conflicts(ADMIN, contested.getId());
    assertEquals(1, conflicts.size(), () -> "conflicts: " + describe(conflicts));
    assertEquals(CandidateKind.REGISTRATION, conflicts.get(0).getCandidateKind());
    assertEquals(approved.getId(), conflicts.get(0).getCandidateId());
    assertTrue(conflicts.get(0).getScore().compareTo(new BigDecimal("0.990")) >= 0);
    assertTrue(conflicts.get(0).getReasons().contains("USCC_EQUAL"));
    // the partner learns that it is under review, never with whom
    assertThrows(AccessDenied.class, () -> registrations.conflicts(second, contested.getId()));
    var history = registrations.get(second, contested.getId()).getHistory();
    assertTrue(
        history.stream().allMatch(h -> h.getNote() == null),
        () -> "the partner's history tells nothing about the conflicts: " + history);
    assertEquals(
        List.of("registration.submitted", "registration.under-review"),
        actions(audit.about(ADMIN, Registrations.SUBJECT, contested.getId())));
  }

  @Test
  void aPartnersOwnEarlierClaimIsNoConflict() {
    var partner = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var first = submitNew(partner, customer);

    var second = submitNew(partner, customer);

    assertEquals(RegistrationStatus.APPROVED, second.getStatus());
    assertEquals(first.getCustomerId(), second.getCustomerId(), "one record per USCC and partner");
  }

  @Test
  void aWithdrawnClaimFreesTheCustomer() {
    var first = partnerOf(fixtures.newDistributor());
    var second = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var approved = submitNew(first, customer);

    var withdrawn =
        registrations.withdraw(first, approved.getId(), approved.getVersion(), "客户取消项目");
    var next = submitNew(second, customer);

    assertEquals(RegistrationStatus.WITHDRAWN, withdrawn.getStatus());
    assertEquals(RegistrationStatus.APPROVED, next.getStatus());
    assertThrows(
        RuleViolation.class,
        () -> registrations.withdraw(first, withdrawn.getId(), withdrawn.getVersion(), null));
  }

  @Test
  void aBrandDirectOpportunitySendsTheClaimToReview() {
    var customer = newCustomer(PLACE);
    var sales = brand("it.sales", Role.BRAND_SALES);
    var opportunity =
        directOpportunities.create(sales, new DirectOpportunityForm("IT", null, customer, null));

    var registration = submitNew(partnerOf(fixtures.newDistributor()), customer);

    assertEquals(RegistrationStatus.UNDER_REVIEW, registration.getStatus());
    var conflict = registrations.conflicts(ADMIN, registration.getId()).get(0);
    assertEquals(CandidateKind.DIRECT_OPPORTUNITY, conflict.getCandidateKind());
    assertEquals(opportunity.getId(), conflict.getCandidateId());
    // closed, it no longer counts: without the review's own claim the next one is approved
    directOpportunities.close(
        sales, opportunity.getId(), opportunity.getVersion(), DirectOpportunityStatus.LOST);
    var reviewed = registrations.get(ADMIN, registration.getId());
    registrations.withdraw(
        partnerOf(companies.byAlias(registration.getOrganizationAlias()).orElseThrow()),
        registration.getId(),
        reviewed.getVersion(),
        null);
    assertEquals(
        RegistrationStatus.APPROVED,
        submitNew(partnerOf(fixtures.newDistributor()), customer).getStatus());
  }

  @Test
  void anIncompleteDraftIsNotSubmittedAndSaysWhy() {
    var partner = partnerOf(fixtures.newDistributor());
    var draft = registrations.createDraft(partner, RegistrationForm.EMPTY);

    var refused =
        assertThrows(
            InvalidFields.class,
            () -> registrations.submit(partner, draft.getId(), draft.getVersion()));

    var reasons = refused.problems().stream().map(p -> p.reason()).toList();
    assertTrue(reasons.contains("customer.uscc.REQUIRED"), reasons::toString);
    assertTrue(reasons.contains("lines.REQUIRED"), reasons::toString);
    assertEquals(RegistrationStatus.DRAFT, registrations.get(partner, draft.getId()).getStatus());
  }

  @Test
  void anotherPartnerCanNeitherSeeNorTouchARegistration() {
    var owner = fixtures.newDistributor();
    var stranger = partnerOf(fixtures.newDistributor());
    var registration = submitNew(partnerOf(owner), newCustomer(PLACE));
    var draft = registrations.createDraft(partnerOf(owner), form(newCustomer(PLACE)));
    var id = registration.getId();

    assertThrows(RecordNotFound.class, () -> registrations.get(stranger, id));
    assertThrows(
        RecordNotFound.class,
        () ->
            registrations.updateDraft(
                stranger, draft.getId(), draft.getVersion(), form(newCustomer(PLACE))));
    assertThrows(
        RecordNotFound.class,
        () -> registrations.submit(stranger, draft.getId(), draft.getVersion()));
    assertThrows(
        RecordNotFound.class,
        () -> registrations.withdraw(stranger, id, registration.getVersion(), null));
    assertEquals(0, registrations.count(stranger, RegistrationFilter.NONE));
    assertTrue(registrations.list(stranger, RegistrationFilter.NONE, 0, 50).isEmpty());
    assertThrows(RecordNotFound.class, () -> customers.get(stranger, registration.getCustomerId()));
    assertEquals(0, customers.count(stranger, CustomerFilter.NONE));
    // brand staff read within their scope but never change a partner's registration
    assertThrows(
        AccessDenied.class,
        () -> registrations.withdraw(ADMIN, id, registration.getVersion(), null));
    assertEquals(id, registrations.get(ADMIN, id).getId());
    assertEquals(id, registrations.get(brand("it.sales", Role.BRAND_SALES), id).getId());
  }

  @Test
  void aChannelManagerSeesTheRegistrationsOfTheirPartnersOnly() {
    var assigned = fixtures.newDistributor();
    var other = fixtures.newDistributor();
    var manager = "cm-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.assign(assigned, manager);
    var mine = submitNew(partnerOf(assigned), newCustomer(PLACE));
    var notMine = submitNew(partnerOf(other), newCustomer(PLACE));
    var channelManager = brand(manager, Role.CHANNEL_MANAGER);

    var listed = registrations.list(channelManager, RegistrationFilter.NONE, 0, 50);

    assertEquals(List.of(mine.getId()), listed.stream().map(Registration::getId).toList());
    assertEquals(1, registrations.count(channelManager, RegistrationFilter.NONE));
    assertThrows(RecordNotFound.class, () -> registrations.get(channelManager, notMine.getId()));
    assertThrows(
        RecordNotFound.class, () -> registrations.conflicts(channelManager, notMine.getId()));
  }

  @Test
  void listsAreFilteredByStatusAndText() {
    var partner = partnerOf(fixtures.newDistributor());
    var customer = newCustomer(PLACE);
    var approved = submitNew(partner, customer);
    var draft = registrations.createDraft(partner, form(newCustomer(PLACE)));

    var drafts =
        registrations.list(partner, RegistrationFilter.of(RegistrationStatus.DRAFT), 0, 10);
    var byNumber =
        registrations.list(
            partner,
            new RegistrationFilter(null, approved.getNumber().toLowerCase(), "number", true),
            0,
            10);
    var byName =
        registrations.count(partner, new RegistrationFilter(null, customer.name(), null, false));

    assertEquals(List.of(draft.getId()), drafts.stream().map(Registration::getId).toList());
    assertEquals(List.of(approved.getId()), byNumber.stream().map(Registration::getId).toList());
    assertEquals(1, byName);
    assertEquals(2, registrations.count(partner, RegistrationFilter.NONE));
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsWritten() {
    var partner = partnerOf(fixtures.newDistributor());
    var draft = registrations.createDraft(partner, form(newCustomer(PLACE)));
    var version = draft.getVersion();
    var changed =
        registrations.updateDraft(partner, draft.getId(), version, form(newCustomer(PLACE)));

    assertThrows(
        StaleRecord.class,
        () -> registrations.updateDraft(partner, draft.getId(), version, RegistrationForm.EMPTY));
    assertThrows(StaleRecord.class, () -> registrations.submit(partner, draft.getId(), version));
    assertThrows(
        StaleRecord.class, () -> registrations.withdraw(partner, draft.getId(), version, null));
    var stored = registrations.get(partner, draft.getId());
    assertEquals(RegistrationStatus.DRAFT, stored.getStatus());
    assertEquals(changed.getVersion(), stored.getVersion());
    assertEquals(changed.getCustomer().getName(), stored.getCustomer().getName());
  }

  @Test
  void aSubmittedRegistrationIsNoLongerADraft() {
    var partner = partnerOf(fixtures.newDistributor());
    var submitted = submitNew(partner, newCustomer(PLACE));

    assertThrows(
        RuleViolation.class,
        () ->
            registrations.updateDraft(
                partner, submitted.getId(), submitted.getVersion(), form(newCustomer(PLACE))));
    assertThrows(
        RuleViolation.class,
        () -> registrations.submit(partner, submitted.getId(), submitted.getVersion()));
  }

  /**
   * Ten partners register one customer at the same moment: the claims queue on the customer's
   * identity, the first is approved, every later one conflicts with it, and no number is lost or
   * given twice.
   */
  @Test
  void tenSimultaneousClaimsOnOneCustomerGetADeterministicOrder() throws Exception {
    int count = 10;
    var customer = newCustomer(PLACE);
    var drafts = new ArrayList<Registration>();
    var callers = new ArrayList<Caller>();
    for (int i = 0; i < count; i++) {
      var partner = partnerOf(fixtures.newDistributor());
      callers.add(partner);
      drafts.add(registrations.createDraft(partner, form(customer)));
    }
    var ready = new CountDownLatch(count);
    var go = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(count, threads);
    var outcomes = new ArrayList<Object>();
    try {
      var futures = new ArrayList<Future<Registration>>();
      for (int i = 0; i < count; i++) {
        var caller = callers.get(i);
        var draft = drafts.get(i);
        Callable<Registration> submit =
            () -> {
              ready.countDown();
              go.await();
              return registrations.submit(caller, draft.getId(), draft.getVersion());
            };
        futures.add(pool.submit(submit));
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

    var submitted =
        outcomes.stream()
            .map(o -> assertInstanceOf(Registration.class, o, () -> "outcomes: " + outcomes))
            .map(r -> registrations.get(ADMIN, r.getId()))
            .sorted(Comparator.comparing(Registration::getSubmittedAt))
            .toList();
    var approved =
        submitted.stream().filter(r -> r.getStatus() == RegistrationStatus.APPROVED).toList();
    assertEquals(1, approved.size(), () -> "statuses: " + statuses(submitted));
    assertEquals(approved.get(0).getId(), submitted.get(0).getId(), "the earliest stamp wins");
    for (var later : submitted.subList(1, count)) {
      assertEquals(RegistrationStatus.UNDER_REVIEW, later.getStatus());
      var conflicts = registrations.conflicts(ADMIN, later.getId());
      assertTrue(
          conflicts.stream()
              .anyMatch(
                  c ->
                      c.getCandidateKind() == CandidateKind.REGISTRATION
                          && c.getCandidateId() == approved.get(0).getId()),
          () -> later.getNumber() + " conflicts: " + describe(conflicts));
      // every earlier claim is a conflict of each later one: nothing was invisible to it
      assertEquals(submitted.indexOf(later), conflicts.size(), () -> describe(conflicts));
    }
    var stamps = new HashSet<>(submitted.stream().map(Registration::getSubmittedAt).toList());
    var numbers = new HashSet<>(submitted.stream().map(Registration::getNumber).toList());
    assertEquals(count, stamps.size(), "stamps are strictly ordered");
    assertEquals(count, numbers.size(), "numbers are unique");
    numbers.forEach(n -> assertTrue(RegistrationNumber.FORMAT.matcher(n).matches(), n));
  }

  @Test
  void theAvailabilityCheckAnswersWithoutSayingWho() {
    var customer = newCustomer(PLACE);
    var asking = partnerOf(fixtures.newDistributor());

    var before = availability.check(asking, customer.uscc());
    var approved = submitNew(partnerOf(fixtures.newDistributor()), customer);
    var byCode = availability.check(asking, customer.uscc());
    var byName = availability.check(asking, customer.name());
    var brandCustomer = availability.check(asking, "高朋集团");

    assertInstanceOf(AvailabilityAnswer.Free.class, before);
    assertEquals(new AvailabilityAnswer.ProtectedUntil(approved.getProtectedUntil()), byCode);
    assertEquals(new AvailabilityAnswer.ProtectedUntil(approved.getProtectedUntil()), byName);
    assertInstanceOf(AvailabilityAnswer.ServedByBrand.class, brandCustomer);
    var checks = audit.about(ADMIN, Availability.SUBJECT, asking.organization());
    assertEquals(4, checks.size());
    assertTrue(checks.get(1).getDetails().contains("\"queryKind\":\"USCC\""));
    assertTrue(checks.get(1).getDetails().contains("\"answer\":\"PROTECTED_UNTIL\""));
    checks.forEach(entry -> assertFalse(entry.getDetails().contains(customer.uscc())));
    assertThrows(AccessDenied.class, () -> availability.check(ADMIN, customer.uscc()));
  }

  @Test
  void theAvailabilityCheckIsLimitedPerUser() {
    var company = fixtures.newDistributor();
    var user = partnerOf(company);
    for (int i = 0; i < 20; i++) {
      availability.check(user, "IT查询" + i + "科技有限公司");
    }

    var refused = assertThrows(TooManyRequests.class, () -> availability.check(user, "IT查询科技"));
    var colleague =
        new Caller(
            "s2-" + company.getOrganizationAlias(),
            "colleague",
            "IT",
            null,
            company.getOrganizationAlias(),
            Set.of(Role.PARTNER_USER));

    assertTrue(refused.retryAfter().toMinutes() <= 60);
    assertInstanceOf(AvailabilityAnswer.Free.class, availability.check(colleague, "IT查询科技"));
  }

  @Test
  void theDemoCustomersAreInTheBrandsMaster() {
    var litai = customers.list(ADMIN, new CustomerFilter("深圳利泰", "masterDataNumber", true), 0, 10);
    var all = customers.count(ADMIN, CustomerFilter.NONE);

    var brand = litai.stream().filter(c -> c.getOrigin() == CustomerOrigin.BRAND).toList();
    assertEquals(
        List.of("20210708-000001", "20211104-000002"),
        brand.stream().map(Customer::getMasterDataNumber).toList());
    assertEquals("通信设备网络", brand.get(0).getDetails().getSubIndustry());
    assertEquals("仪器仪表及工业", brand.get(1).getDetails().getSubIndustry());
    assertTrue(all >= 5);
    for (var number : List.of("20230426-000013", "20221021-000011", "20220319-000009")) {
      assertEquals(1, customers.count(ADMIN, new CustomerFilter(number, null, true)), number);
    }
    // partners never see the brand's master
    assertEquals(
        0,
        customers.count(
            partnerOf(fixtures.newDistributor()), new CustomerFilter("利泰", null, true)));
  }

  private Registration submitNew(Caller partner, CustomerForm customer) {
    return fixtures.submitNew(partner, form(customer));
  }

  private static CustomerForm withName(CustomerForm c, String name) {
    return new CustomerForm(
        name,
        c.uscc(),
        c.industry(),
        c.subIndustry(),
        c.phone(),
        c.fax(),
        c.email(),
        c.website(),
        c.province(),
        c.city(),
        c.address(),
        null);
  }

  private static RegistrationForm form(CustomerForm customer) {
    return new RegistrationForm(
        null,
        customer,
        "王建新",
        "138 0013 8000",
        null,
        List.of(new LineForm("伺服电机 SV-200", 4), new LineForm("SKU-PLC-1", 1)),
        new BigDecimal("380000"),
        null,
        LocalDate.now(BRAND_ZONE).plusMonths(3),
        null,
        null,
        60,
        DealStage.QUALIFICATION,
        "IT");
  }

  private static List<String> actions(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::getAction).toList();
  }

  private static List<String> statuses(List<Registration> registrations) {
    return registrations.stream().map(r -> r.getNumber() + " " + r.getStatus()).toList();
  }

  private static String describe(List<RegistrationConflict> conflicts) {
    return conflicts.stream()
        .map(
            c ->
                c.getCandidateKind()
                    + " "
                    + c.getCandidateId()
                    + " "
                    + c.getScore()
                    + " "
                    + c.getReasons())
        .toList()
        .toString();
  }
}
