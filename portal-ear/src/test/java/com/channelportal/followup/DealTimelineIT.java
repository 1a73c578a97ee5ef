package com.channelportal.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.DatabaseSchema;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.followup.boundary.ActivityFilter;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.followup.boundary.DealForecasts;
import com.channelportal.followup.boundary.DealInactivity;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.DealForm;
import com.channelportal.followup.entity.Upload;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.registration.boundary.Registrations;
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
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deal timeline inside Payara on the real database: brand-internal activities absent from every
 * query a partner reaches, files committed or rolled back with their activity, optimistic locking
 * of edits and forecasts, and the once-only inactivity flag. Each test registers a deal of its own
 * for a distributor of its own.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class DealTimelineIT {

  private static final Caller ADMIN = brand("it.timeline.admin", Role.BRAND_ADMIN);
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TRADE_NAME_CHARACTERS = "翰墨澄渊沐泓琪瑜璞琛瀚珏锦霖熠琅璋骏晟";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "timeline-it.war")
        .addAsLibraries(libs)
        .addClasses(DealTimelineIT.class, StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject DealActivities activities;

  @Inject DealAttachments attachments;

  @Inject DealForecasts forecasts;

  @Inject DealInactivity inactivity;

  @Inject Registrations registrations;

  @Inject PartnerCompanies companies;

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void aPartnerNeverReadsABrandInternalNoteNorItsFile() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var shared = activities.record(partner, deal, visit("客户认可方案"), List.of(pdf("方案.pdf")));
    var internal =
        activities.record(
            ADMIN, deal, note("渠道经理判断：价格敏感", Visibility.BRAND_INTERNAL), List.of(pdf("内部评估.pdf")));
    var internalFile = fileOf(ADMIN, deal, internal);
    var sharedFile = fileOf(ADMIN, deal, shared);

    assertEquals(
        List.of(shared.getId()), ids(activities.list(partner, deal, ActivityFilter.NONE, 0, 50)));
    assertEquals(1, activities.count(partner, deal, ActivityFilter.NONE));
    assertEquals(
        List.of(internal.getId(), shared.getId()),
        ids(activities.list(ADMIN, deal, ActivityFilter.NONE, 0, 50)));
    assertThrows(RecordNotFound.class, () -> activities.get(partner, deal, internal.getId()));
    assertThrows(RecordNotFound.class, () -> attachments.download(partner, deal, internalFile));
    assertEquals(
        List.of(),
        activities
            .attachmentsOf(partner, deal, List.of(internal))
            .getOrDefault(internal.getId(), List.of()));
    assertThrows(
        RecordNotFound.class, () -> attachments.add(partner, deal, internal.getId(), pdf("x.pdf")));
    assertArrayEquals(PDF, attachments.download(partner, deal, sharedFile).content());
    assertArrayEquals(PDF, attachments.download(ADMIN, deal, internalFile).content());
    assertEquals(
        List.of(),
        ids(
            activities.list(
                partner, deal, new ActivityFilter(DealActivityKind.NOTE, null), 0, 50)));
  }

  @Test
  void anotherDistributorFindsNothingOfTheDeal() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var shared = activities.record(partner, deal, visit("拜访"), List.of(pdf("a.pdf")));
    var file = fileOf(partner, deal, shared);
    var other = newPartner();

    assertThrows(
        RecordNotFound.class, () -> activities.list(other, deal, ActivityFilter.NONE, 0, 10));
    assertThrows(RecordNotFound.class, () -> activities.get(other, deal, shared.getId()));
    assertThrows(RecordNotFound.class, () -> attachments.download(other, deal, file));
    assertThrows(RecordNotFound.class, () -> activities.record(other, deal, visit("x"), List.of()));
    // an activity id of the deal under another deal id of the caller is not found either
    var own = approvedDeal(other);
    assertThrows(RecordNotFound.class, () -> activities.get(other, own, shared.getId()));
    assertThrows(RecordNotFound.class, () -> attachments.download(other, own, file));
  }

  @Test
  void aRefusedFileLeavesNeitherActivityNorFile() throws SQLException {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var exe = new Upload("报价.pdf", new byte[] {'M', 'Z', 0, 0});

    var refused =
        assertThrows(
            InvalidField.class,
            () -> activities.record(partner, deal, visit("带附件"), List.of(pdf("ok.pdf"), exe)));

    assertEquals("file.EXECUTABLE", refused.reason());
    assertEquals(0, activities.count(ADMIN, deal, ActivityFilter.NONE));
    assertEquals(
        0,
        rows(
            "SELECT count(*) FROM deal_attachment f JOIN deal_activity a"
                + " ON a.id = f.activity_id WHERE a.registration_id = ?",
            deal));
  }

  @Test
  void anEditAddsFilesWithTheChangeOrNeither() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var activity = activities.record(partner, deal, visit("第一次拜访"), List.of(pdf("议程.pdf")));
    var exe = new Upload("报价.pdf", new byte[] {'M', 'Z', 0, 0});

    var refused =
        assertThrows(
            InvalidField.class,
            () ->
                activities.edit(
                    partner,
                    deal,
                    activity.getId(),
                    activity.getVersion(),
                    visit("第一次拜访，已报价"),
                    List.of(pdf("报价单.pdf"), exe)));

    assertEquals("file.EXECUTABLE", refused.reason());
    var unchanged = activities.get(partner, deal, activity.getId());
    assertEquals("第一次拜访", unchanged.getNotes());
    assertEquals(activity.getVersion(), unchanged.getVersion());
    assertEquals(List.of("议程.pdf"), fileNames(partner, deal, unchanged));

    var edited =
        activities.edit(
            partner,
            deal,
            activity.getId(),
            activity.getVersion(),
            visit("第一次拜访，已报价"),
            List.of(pdf("报价单.pdf")));

    assertEquals("第一次拜访，已报价", edited.getNotes());
    assertEquals(List.of("议程.pdf", "报价单.pdf"), fileNames(ADMIN, deal, edited));
  }

  @Test
  void concurrentEditsOfAnActivityAreStaleAndOnlyItsAuthorEdits() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var activity = activities.record(partner, deal, visit("第一次拜访"), List.of());
    var read = activity.getVersion();

    var edited = activities.edit(partner, deal, activity.getId(), read, visit("第一次拜访，已确认预算"));

    assertEquals("第一次拜访，已确认预算", edited.getNotes());
    assertThrows(
        StaleRecord.class,
        () -> activities.edit(partner, deal, activity.getId(), read, visit("另一个版本")));
    var colleague = colleagueOf(partner);
    assertThrows(
        AccessDenied.class,
        () -> activities.edit(colleague, deal, activity.getId(), edited.getVersion(), visit("x")));
    activities.delete(partner, deal, activity.getId(), edited.getVersion());
    assertThrows(RecordNotFound.class, () -> activities.get(partner, deal, activity.getId()));
    assertThrows(RecordNotFound.class, () -> activities.get(ADMIN, deal, activity.getId()));
  }

  @Test
  void invalidActivitiesAreRefusedFieldByField() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var form =
        new ActivityForm(
            null,
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(1),
            null,
            null,
            "内部\u0000",
            null,
            null,
            Visibility.BRAND_INTERNAL);

    var refused =
        assertThrows(InvalidFields.class, () -> activities.record(partner, deal, form, List.of()));

    assertEquals(
        List.of(
            "kind.REQUIRED",
            "occurredAt.FUTURE",
            "visibility.BRAND_ONLY",
            "notes.CONTROL_CHARACTER"),
        refused.problems().stream().map(InvalidField.Problem::reason).toList());
  }

  @Test
  void theForecastIsThePartnersAndLandsOnTheTimeline() {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var version = registrations.get(partner, deal).getVersion();
    var form =
        new DealForm(
            DealStage.PROPOSAL,
            new BigDecimal("420000"),
            LocalDate.now(BRAND_ZONE).plusMonths(2),
            75);

    var updated = forecasts.update(partner, deal, version, form);

    assertEquals(DealStage.PROPOSAL, updated.getStage());
    assertEquals(new BigDecimal("420000.00"), updated.getEstimatedAmount());
    var entry = activities.list(partner, deal, ActivityFilter.NONE, 0, 10).get(0);
    assertEquals(DealActivityKind.DEAL_UPDATE, entry.getKind());
    assertTrue(entry.getNotes().contains("stage: QUALIFICATION → PROPOSAL"), entry.getNotes());
    assertThrows(StaleRecord.class, () -> forecasts.update(partner, deal, version, form));
    assertThrows(
        AccessDenied.class, () -> forecasts.update(ADMIN, deal, updated.getVersion(), form));
    var negative = new DealForm(null, new BigDecimal("-1"), null, 120);
    var refused =
        assertThrows(
            InvalidFields.class,
            () -> forecasts.update(partner, deal, updated.getVersion(), negative));
    assertEquals(
        List.of("estimatedAmount.NEGATIVE", "expectedCloseDate.REQUIRED", "winProbability.RANGE"),
        refused.problems().stream().map(InvalidField.Problem::reason).toList());
  }

  @Test
  void anInactiveDealIsToldOnceAndAnActivityStartsANewStretch() throws SQLException {
    var partner = newPartner();
    var deal = approvedDeal(partner);
    var now = LocalDateTime.now(ZoneOffset.UTC);
    approvedAt(deal, now.minusDays(31));

    inactivity.run(now);
    var told = notifiedAt(deal);
    inactivity.run(now.plusHours(1));

    assertNotNull(told);
    assertEquals(told, notifiedAt(deal));
    assertTrue(inactivity.isInactive(deal, now.minusDays(31), now));
    activities.record(partner, deal, visit("重新跟进"), List.of());
    assertNull(notifiedAt(deal));
    assertEquals(false, inactivity.isInactive(deal, now.minusDays(31), now));
  }

  private List<String> fileNames(Caller caller, long deal, DealActivity activity) {
    return activities
        .attachmentsOf(caller, deal, List.of(activity))
        .getOrDefault(activity.getId(), List.of())
        .stream()
        .map(DealAttachment::getFileName)
        .toList();
  }

  private long fileOf(Caller caller, long deal, DealActivity activity) {
    return activities
        .attachmentsOf(caller, deal, List.of(activity))
        .get(activity.getId())
        .get(0)
        .getId();
  }

  private static List<Long> ids(List<DealActivity> list) {
    return list.stream().map(DealActivity::getId).toList();
  }

  private long approvedDeal(Caller partner) {
    var draft = registrations.createDraft(partner, registration(newCustomer()));
    Registration submitted = registrations.submit(partner, draft.getId(), draft.getVersion());
    assertEquals(RegistrationStatus.APPROVED, submitted.getStatus());
    return submitted.getId();
  }

  private void approvedAt(long deal, LocalDateTime utc) throws SQLException {
    try (var connection = dataSource.getConnection();
        var update =
            connection.prepareStatement(
                "UPDATE deal_registration SET decided_at = ? WHERE id = ?")) {
      update.setObject(1, utc);
      update.setLong(2, deal);
      assertEquals(1, update.executeUpdate());
    }
  }

  private LocalDateTime notifiedAt(long deal) throws SQLException {
    try (var connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "SELECT inactive_notified_at FROM deal_follow_up WHERE registration_id = ?")) {
      query.setLong(1, deal);
      try (var result = query.executeQuery()) {
        return result.next() ? result.getObject(1, LocalDateTime.class) : null;
      }
    }
  }

  private long rows(String sql, long deal) throws SQLException {
    try (var connection = dataSource.getConnection();
        var query = connection.prepareStatement(sql)) {
      query.setLong(1, deal);
      try (var result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static ActivityForm visit(String notes) {
    return new ActivityForm(
        DealActivityKind.VISIT,
        OffsetDateTime.now(BRAND_ZONE).minusHours(2),
        List.of("王伟", "张经理"),
        List.of("李总"),
        notes,
        "客户同意试用",
        "下周演示",
        null);
  }

  private static ActivityForm note(String notes, Visibility visibility) {
    return new ActivityForm(
        DealActivityKind.NOTE,
        OffsetDateTime.now(BRAND_ZONE).minusMinutes(5),
        null,
        null,
        notes,
        null,
        null,
        visibility);
  }

  private static Upload pdf(String name) {
    return new Upload(name, PDF);
  }

  private Caller newPartner() {
    var alias = "it-" + UUID.randomUUID().toString().substring(0, 8);
    companies.mirror(alias);
    return new Caller(
        "s-" + alias, alias + ".user", "IT 用户", null, alias, Set.of(Role.PARTNER_USER));
  }

  private static Caller colleagueOf(Caller partner) {
    var alias = partner.organization();
    return new Caller(
        "s2-" + alias, alias + ".other", "IT 同事", null, alias, Set.of(Role.PARTNER_USER));
  }

  private static Caller brand(String username, Role role) {
    return new Caller("s-" + username, username, "IT", null, "brand", Set.of(role));
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

  private static CustomerForm newCustomer() {
    var random = ThreadLocalRandom.current();
    var tradeName = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tradeName.append(
          TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    var code = new StringBuilder("91440300MA");
    var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 7; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return new CustomerForm(
        "佛山" + tradeName + "精密机械有限公司",
        UnifiedSocialCreditCode.withCheckCharacter(code.toString()),
        "生产加工制造",
        "大型设备制造",
        null,
        null,
        null,
        null,
        "广东省",
        "佛山市",
        null,
        null);
  }
}
