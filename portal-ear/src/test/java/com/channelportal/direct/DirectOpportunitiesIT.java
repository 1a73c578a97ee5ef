package com.channelportal.direct;

import static com.channelportal.registration.ClaimFixtures.brand;
import static com.channelportal.registration.ClaimFixtures.newCustomer;
import static com.channelportal.registration.ClaimFixtures.partnerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.DatabaseSchema;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.boundary.DirectActivities;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.boundary.DirectOpportunityFilter;
import com.channelportal.direct.boundary.DirectSettings;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStage;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.registration.ClaimFixtures;
import com.channelportal.registration.boundary.Availability;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Direct sales inside Payara on the real database: opportunities matched like registrations, edits
 * that re-check a changed customer, activity that keeps protection alive, and the lapse by day that
 * frees the customer for partners. Each test uses customers of its own (random trade name and
 * USCC); the lapse tests move their own opportunity's creation back in time in SQL, so that the job
 * lapses nobody else's (the demo opportunity included).
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class DirectOpportunitiesIT {

  private static final Caller ADMIN = brand("it.direct.admin", Role.BRAND_ADMIN);
  private static final Caller SALES = brand("it.direct.sales", Role.BRAND_SALES);
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TRADE_NAME_CHARACTERS = "翰墨澄渊沐泓琪瑜璞琛瀚珏锦霖熠琅璋骏晟";

  private static final ClaimFixtures.Place PLACE =
      new ClaimFixtures.Place(
          TRADE_NAME_CHARACTERS, "东莞", "自动化设备有限公司", "大型设备制造", "广东省", "东莞市", "91440300MA");

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "direct-it.war")
        .addAsLibraries(libs)
        .addClasses(
            DirectOpportunitiesIT.class,
            ClaimFixtures.class,
            ClaimFixtures.Place.class,
            StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject DirectOpportunities opportunities;

  @Inject DirectActivities activities;

  @Inject DirectSettings settings;

  @Inject Registrations registrations;

  @Inject ClaimFixtures fixtures;

  @Inject Availability availability;

  @Inject PartnerCompanies companies;

  @Inject AuditLog audit;

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void anOpportunityWithoutConflictsProtectsItsCustomerFromToday() {
    var opportunity = opportunities.create(SALES, form(newCustomer(PLACE)));

    assertEquals(DirectOpportunityStatus.OPEN, opportunity.getStatus());
    assertEquals(SALES.username(), opportunity.getOwner());
    assertEquals(new BigDecimal("880000.00"), opportunity.getEstimatedAmount());
    assertEquals("CNY", opportunity.getCurrency());
    assertFalse(opportunity.isInConflict());
    assertEquals(List.of(), opportunities.conflicts(ADMIN, opportunity.getId()));
    assertEquals(settings.today().plusDays(30), settings.protectedUntil(opportunity));
    assertEquals(
        List.of("direct-opportunity.created"),
        actions(audit.about(ADMIN, DirectOpportunities.SUBJECT, opportunity.getId())));
  }

  @Test
  void aPartnersClaimFlagsTheOpportunityButTheBrandStillCounts() {
    var customer = newCustomer(PLACE);
    var claim = submitNew(partnerOf(fixtures.newDistributor()), customer);
    assertEquals(RegistrationStatus.APPROVED, claim.getStatus());

    var opportunity = opportunities.create(SALES, form(customer));

    assertTrue(opportunity.isInConflict());
    var conflicts = opportunities.conflicts(ADMIN, opportunity.getId());
    assertEquals(CandidateKind.REGISTRATION, conflicts.get(0).getCandidateKind());
    assertEquals(claim.getId(), conflicts.get(0).getCandidateId());
    assertTrue(conflicts.get(0).getReasons().contains("USCC_EQUAL"), conflicts.get(0).getReasons());
    // the opportunity is a candidate now: the next partner goes to review
    var next = submitNew(partnerOf(fixtures.newDistributor()), customer);
    assertEquals(RegistrationStatus.UNDER_REVIEW, next.getStatus());
    assertTrue(
        registrations.conflicts(ADMIN, next.getId()).stream()
            .anyMatch(
                c ->
                    c.getCandidateKind() == CandidateKind.DIRECT_OPPORTUNITY
                        && c.getCandidateId() == opportunity.getId()));
  }

  @Test
  void aChangedCustomerIsCheckedAgain() {
    var claimed = newCustomer(PLACE);
    submitNew(partnerOf(fixtures.newDistributor()), claimed);
    var opportunity = opportunities.create(SALES, form(newCustomer(PLACE)));
    assertFalse(opportunity.isInConflict());

    var moved =
        opportunities.update(
            SALES,
            opportunity.getId(),
            opportunity.getVersion(),
            withCustomer(opportunity, claimed));

    assertTrue(moved.isInConflict());
    assertEquals(1, opportunities.conflicts(SALES, opportunity.getId()).size());
    var back =
        opportunities.update(
            SALES, moved.getId(), moved.getVersion(), withCustomer(moved, newCustomer(PLACE)));
    assertFalse(back.isInConflict());
    assertEquals(List.of(), opportunities.conflicts(SALES, opportunity.getId()));
    assertThrows(
        StaleRecord.class,
        () ->
            opportunities.update(
                SALES, back.getId(), moved.getVersion(), DirectOpportunityForm.of(back)));
  }

  @Test
  void brandSalesKeepTheirOwnAndPartnersSeeNothing() {
    var opportunity = opportunities.create(SALES, form(newCustomer(PLACE)));
    var colleague = brand("it.direct.colleague", Role.BRAND_SALES);
    var manager = brand("it.direct.manager", Role.CHANNEL_MANAGER);

    assertThrows(
        AccessDenied.class,
        () ->
            opportunities.update(
                colleague,
                opportunity.getId(),
                opportunity.getVersion(),
                DirectOpportunityForm.of(opportunity)));
    assertThrows(AccessDenied.class, () -> opportunities.create(manager, form(newCustomer(PLACE))));
    assertEquals(opportunity.getId(), opportunities.get(manager, opportunity.getId()).getId());
    assertThrows(
        AccessDenied.class,
        () -> opportunities.get(partnerOf(fixtures.newDistributor()), opportunity.getId()));
    var mine =
        opportunities.list(
            ADMIN, new DirectOpportunityFilter(null, SALES.username(), null), 0, 500);
    assertTrue(mine.stream().anyMatch(o -> o.getId().equals(opportunity.getId())));
    var byName =
        opportunities.list(
            ADMIN,
            new DirectOpportunityFilter(
                DirectOpportunityStatus.OPEN, null, opportunity.getCustomer().getName()),
            0,
            10);
    assertEquals(
        List.of(opportunity.getId()), byName.stream().map(DirectOpportunity::getId).toList());
  }

  @Test
  void badInputIsRefusedFieldByField() {
    var bad =
        new DirectOpportunityForm(
            "",
            null,
            new CustomerForm(
                "某公司",
                "91350100M000100Y4X",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            "someone.else",
            new BigDecimal("-5"),
            "RMB",
            LocalDate.now(BRAND_ZONE).minusDays(1),
            null,
            null,
            null,
            null);

    var refused = assertThrows(InvalidFields.class, () -> opportunities.create(SALES, bad));

    assertEquals(
        Set.of(
            "owner.NOT_SELF",
            "title.REQUIRED",
            "customer.uscc.CHECK_CHARACTER",
            "estimatedAmount.NEGATIVE",
            "currency.UNKNOWN",
            "expectedCloseDate.PAST"),
        Set.copyOf(refused.problems().stream().map(p -> p.reason()).toList()));
  }

  @Test
  void anImportKeyEntersAnOpportunityOnce() {
    var reference = "SO-" + UUID.randomUUID();
    var imported = withImportKey(form(newCustomer(PLACE)), reference);

    var first = opportunities.enter(ADMIN, imported);
    var again = opportunities.enter(ADMIN, imported);

    assertTrue(first.created());
    assertFalse(again.created());
    assertEquals(first.opportunity().getId(), again.opportunity().getId());
    assertEquals(
        1,
        opportunities.count(
            ADMIN,
            new DirectOpportunityFilter(null, null, first.opportunity().getCustomer().getName())));
  }

  @Test
  void activityKeepsProtectionAliveAndTheOpportunityLapsesTheDayAfter() throws SQLException {
    var today = settings.today();
    var opportunity = opportunities.create(SALES, form(newCustomer(PLACE)));
    createdOn(opportunity, today.minusDays(30));

    assertEquals(List.of(), lapsed(today, opportunity));
    assertEquals(List.of(opportunity.getId()), lapsed(today.plusDays(1), opportunity));

    var after = opportunities.get(ADMIN, opportunity.getId());
    assertEquals(DirectOpportunityStatus.LAPSED, after.getStatus());
    assertNull(settings.protectedUntil(after));
    assertEquals(
        List.of("direct-opportunity.created", "direct-opportunity.lapsed"),
        actions(audit.about(ADMIN, DirectOpportunities.SUBJECT, opportunity.getId())));
    assertThrows(
        RuleViolation.class,
        () ->
            activities.record(
                SALES,
                opportunity.getId(),
                new ActivityForm(ActivityKind.CALL, OffsetDateTime.now(ZoneOffset.UTC), null)));
  }

  @Test
  void aRecordedActivityMovesTheLapse() throws SQLException {
    var today = settings.today();
    var opportunity = opportunities.create(SALES, form(newCustomer(PLACE)));
    createdOn(opportunity, today.minusDays(40));
    var visited = today.minusDays(10).atTime(10, 0).atZone(BRAND_ZONE).toOffsetDateTime();

    var activity =
        activities.record(
            SALES, opportunity.getId(), new ActivityForm(ActivityKind.VISIT, visited, "拜访设备科"));

    assertEquals(
        visited.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), activity.getOccurredAt());
    assertEquals(List.of(), lapsed(today, opportunity));
    assertEquals(
        today.plusDays(20), settings.protectedUntil(opportunities.get(ADMIN, opportunity.getId())));
    assertEquals(List.of(opportunity.getId()), lapsed(today.plusDays(21), opportunity));
    assertEquals(1, activities.of(ADMIN, opportunity.getId()).size());
    var future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
    var other = opportunities.create(SALES, form(newCustomer(PLACE)));
    var refused =
        assertThrows(
            InvalidFields.class,
            () ->
                activities.record(
                    SALES, other.getId(), new ActivityForm(ActivityKind.CALL, future, null)));
    assertEquals("occurredAt.FUTURE", refused.problems().get(0).reason());
  }

  @Test
  void aLapsedOpportunityFreesItsCustomerForPartners() throws SQLException {
    var customer = newCustomer(PLACE);
    var opportunity = opportunities.create(SALES, form(customer));
    var asking = partnerOf(fixtures.newDistributor());
    assertInstanceOf(
        AvailabilityAnswer.ServedByBrand.class, availability.check(asking, customer.uscc()));
    createdOn(opportunity, settings.today().minusDays(31));

    assertEquals(List.of(opportunity.getId()), lapsed(settings.today(), opportunity));

    assertInstanceOf(AvailabilityAnswer.Free.class, availability.check(asking, customer.uscc()));
    assertInstanceOf(AvailabilityAnswer.Free.class, availability.check(asking, customer.name()));
    var claim = submitNew(partnerOf(fixtures.newDistributor()), customer);
    assertEquals(RegistrationStatus.APPROVED, claim.getStatus());
  }

  /** The ids among {@code mine} that the job lapsed on {@code day}. */
  private List<Long> lapsed(LocalDate day, DirectOpportunity mine) {
    return activities.lapseInactive(day).stream().filter(id -> id.equals(mine.getId())).toList();
  }

  /** Moves the creation back to 09:00 of {@code day} in the brand's zone. */
  private void createdOn(DirectOpportunity opportunity, LocalDate day) throws SQLException {
    var utc =
        day.atTime(9, 0).atZone(BRAND_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    try (var connection = dataSource.getConnection();
        var update =
            connection.prepareStatement(
                "UPDATE direct_opportunity SET created_at = ? WHERE id = ?")) {
      update.setObject(1, utc);
      update.setLong(2, opportunity.getId());
      assertEquals(1, update.executeUpdate());
    }
  }

  private Registration submitNew(Caller partner, CustomerForm customer) {
    return fixtures.submitNew(partner, registration(customer));
  }

  private static DirectOpportunityForm form(CustomerForm customer) {
    return new DirectOpportunityForm(
        "数控机床改造",
        null,
        customer,
        null,
        new BigDecimal("880000"),
        null,
        LocalDate.now(BRAND_ZONE).plusMonths(2),
        DirectOpportunityStage.QUALIFICATION,
        "<b>IT</b>",
        null,
        null);
  }

  private static DirectOpportunityForm withCustomer(DirectOpportunity o, CustomerForm customer) {
    return DirectOpportunityForm.of(o).withCustomer(customer);
  }

  private static DirectOpportunityForm withImportKey(DirectOpportunityForm f, String reference) {
    return new DirectOpportunityForm(
        f.title(),
        f.customerId(),
        f.customer(),
        f.owner(),
        f.estimatedAmount(),
        f.currency(),
        f.expectedCloseDate(),
        f.stage(),
        f.notes(),
        "ERP",
        reference);
  }

  private static RegistrationForm registration(CustomerForm customer) {
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
        "IT");
  }

  private static List<String> actions(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::getAction).toList();
  }
}
