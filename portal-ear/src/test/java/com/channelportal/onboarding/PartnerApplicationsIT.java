package com.channelportal.onboarding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.control.AuditChain;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.onboarding.boundary.ApplicationFilter;
import com.channelportal.onboarding.boundary.Approval;
import com.channelportal.onboarding.boundary.PartnerApplications;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.ApplicationSource;
import com.channelportal.onboarding.entity.ApplicationStatus;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding inside Payara on the real database: the public form with its duplicate checks, rate
 * limit and the unique indexes under concurrent submissions; the brand admin's decisions with their
 * audit chain. Keycloak is replaced by {@link RecordingDirectory}, enabled in this archive only.
 * Each test applies with a company of its own (random USCC, name and domain).
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class PartnerApplicationsIT {

  /** The demo partner litai (db/demo/R__demo_partner_companies.sql). */
  private static final String LITAI_USCC = "91440300MA5DLT2K0P";

  private static final String LITAI_NAME = "深圳利泰机电有限公司";

  private static final Caller ADMIN = brand("it.admin", Role.BRAND_ADMIN);

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "partner-applications-it.war")
        .addAsLibraries(libs)
        .addClasses(PartnerApplicationsIT.class, StackExtension.class, RecordingDirectory.class)
        .addClasses(RecordingDirectory.Organization.class, RecordingDirectory.Invitation.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject PartnerApplications applications;

  @Inject AuditLog audit;

  @Inject Partners partners;

  @Inject RecordingDirectory directory;

  @Resource ManagedThreadFactory threads;

  @Test
  void aPublicApplicationIsWhatBrandAdminsSee() {
    var form = newCompany();

    var submitted = applications.submit(form, newClient());

    var listed =
        applications.list(
            ADMIN, new ApplicationFilter(ApplicationStatus.SUBMITTED, form.uscc()), 0, 10);
    assertEquals(
        List.of(submitted.getId()), listed.stream().map(PartnerApplication::getId).toList());
    assertEquals(1, applications.count(ADMIN, new ApplicationFilter(null, form.uscc())));
    var stored = applications.get(ADMIN, submitted.getId());
    assertAll(
        () -> assertEquals(form, stored.toForm()),
        () -> assertEquals(ApplicationSource.PUBLIC_FORM, stored.getSource()),
        () -> assertNull(stored.getSubmittedBy()),
        () -> assertEquals(domainOf(form), stored.getEmailDomain()));
    var entries = audit.about(ADMIN, PartnerApplications.SUBJECT, submitted.getId());
    assertEquals(List.of("application.submitted"), actions(entries));
    assertEquals("anonymous", entries.get(0).getActor());
  }

  @Test
  void onlyBrandAdminsSeeAndDecide() {
    var id = applications.submit(newCompany(), newClient()).getId();
    var partnerAdmin =
        new Caller(
            "s-p", "p.admin", "P", null, "litai", Set.of(Role.PARTNER_USER, Role.PARTNER_ADMIN));
    var manager = brand("zhang.wei", Role.CHANNEL_MANAGER);

    for (var caller : List.of(partnerAdmin, manager)) {
      assertThrows(AccessDenied.class, () -> applications.get(caller, id));
      assertThrows(
          AccessDenied.class, () -> applications.list(caller, ApplicationFilter.NONE, 0, 5));
      assertThrows(AccessDenied.class, () -> applications.count(caller, ApplicationFilter.NONE));
      assertThrows(AccessDenied.class, () -> applications.create(caller, newCompany()));
      assertThrows(
          AccessDenied.class,
          () -> applications.approve(caller, id, 0, new Approval(Tier.GOLD, null)));
      assertThrows(AccessDenied.class, () -> applications.reject(caller, id, 0, "no"));
      assertThrows(AccessDenied.class, () -> audit.about(caller, PartnerApplications.SUBJECT, id));
    }
    assertEquals(ApplicationStatus.SUBMITTED, applications.get(ADMIN, id).getStatus());
  }

  @Test
  void aKnownUsccIsRefusedWithoutSayingWhose() {
    var partner =
        assertThrows(
            InvalidField.class,
            () -> applications.submit(with(newCompany(), LITAI_USCC, null), newClient()));
    var open = applications.submit(newCompany(), newClient());
    var again =
        assertThrows(
            InvalidField.class,
            () -> applications.submit(with(newCompany(), open.getUscc(), null), newClient()));

    for (var refusal : List.of(partner, again)) {
      assertEquals("uscc", refusal.field());
      assertEquals("uscc.DUPLICATE", refusal.reason());
      assertFalse(refusal.getMessage().contains("利泰"), refusal.getMessage());
      assertFalse(refusal.getMessage().contains(open.getCompanyName()), refusal.getMessage());
    }
  }

  @Test
  void aKnownCompanyNameIsRefusedInAnotherSpelling() {
    var partner =
        assertThrows(
            InvalidField.class,
            () -> applications.submit(with(newCompany(), null, "深圳利泰机电有限责任公司"), newClient()));
    var open = applications.create(ADMIN, newCompany());
    var fullWidth = "（" + open.getCompanyName().replace("有限公司", "） 股份有限公司");
    var again =
        assertThrows(
            InvalidField.class,
            () -> applications.submit(with(newCompany(), null, fullWidth), newClient()));

    assertEquals("companyName.DUPLICATE", partner.reason());
    assertEquals("companyName.DUPLICATE", again.reason());
    assertFalse(partner.getMessage().contains(LITAI_NAME));
  }

  @Test
  void ofEightSimultaneousSubmissionsOfOneUsccExactlyOneIsStored() throws Exception {
    var uscc = newUscc();
    var ready = new CountDownLatch(8);
    var go = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(8, threads);
    var outcomes = new ArrayList<Object>();
    try {
      var futures = new ArrayList<java.util.concurrent.Future<PartnerApplication>>();
      for (int i = 0; i < 8; i++) {
        var form = with(newCompany(), uscc, null);
        var client = newClient();
        Callable<PartnerApplication> submit =
            () -> {
              ready.countDown();
              go.await();
              return applications.submit(form, client);
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

    var stored = outcomes.stream().filter(PartnerApplication.class::isInstance).toList();
    var refused = outcomes.stream().filter(o -> !(o instanceof PartnerApplication)).toList();
    assertEquals(1, stored.size(), () -> "outcomes: " + outcomes);
    for (var refusal : refused) {
      assertInstanceOf(InvalidField.class, refusal, () -> "outcomes: " + outcomes);
      assertEquals("uscc.DUPLICATE", ((InvalidField) refusal).reason());
    }
    assertEquals(1, applications.count(ADMIN, new ApplicationFilter(null, uscc)));
  }

  @Test
  void theFourthSubmissionWithinTenMinutesWaits() {
    var client = newClient();
    for (int i = 0; i < 3; i++) {
      applications.submit(newCompany(), client);
    }

    var refused =
        assertThrows(TooManyRequests.class, () -> applications.submit(newCompany(), client));
    var invalid =
        assertThrows(
            InvalidFields.class,
            () -> applications.submit(with(newCompany(), "123", null), client));
    var someoneElse = applications.submit(newCompany(), newClient());

    assertTrue(refused.retryAfter().compareTo(Duration.ZERO) > 0);
    assertTrue(refused.retryAfter().compareTo(Duration.ofMinutes(10)) <= 0);
    assertEquals("uscc.LENGTH", invalid.reason());
    assertNotNull(someoneElse.getId());
  }

  @Test
  void aRejectionNeedsTheCurrentVersionAndAReasonAndIsFinal() {
    var application = applications.submit(newCompany(), newClient());
    var id = application.getId();
    var version = application.getVersion();

    assertThrows(StaleRecord.class, () -> applications.reject(ADMIN, id, version + 1, "资质不足"));
    var blank =
        assertThrows(InvalidField.class, () -> applications.reject(ADMIN, id, version, " "));
    var rejected = applications.reject(ADMIN, id, version, "  资质不足：请补充材料。\n谢谢 ");
    var twice =
        assertThrows(
            InvalidField.class,
            () -> applications.reject(ADMIN, id, rejected.getVersion(), "again"));

    assertEquals("reason.REQUIRED", blank.reason());
    assertEquals("status.TRANSITION", twice.reason());
    var stored = applications.get(ADMIN, id);
    assertEquals(ApplicationStatus.REJECTED, stored.getStatus());
    assertEquals("资质不足：请补充材料。\n谢谢", stored.getRejectionReason());
    assertEquals(ADMIN.username(), stored.getDecidedBy());
    var entries = audit.about(ADMIN, PartnerApplications.SUBJECT, id);
    assertEquals(List.of("application.submitted", "application.rejected"), actions(entries));
    assertEquals(ADMIN.username(), entries.get(1).getActor());
    assertEquals("brand", entries.get(1).getActorOrganization());
    assertTrue(entries.get(1).getDetails().contains("资质不足"));
    assertWholeChainIntact();
    // a rejected company may apply again
    assertNotNull(applications.submit(application.toForm(), newClient()).getId());
  }

  @Test
  void anApprovalCreatesTheTenantAndInvitesTheApplicant() {
    var form = newCompany();
    var application = applications.create(ADMIN, form);

    var approved =
        applications.approve(
            ADMIN,
            application.getId(),
            application.getVersion(),
            new Approval(Tier.GOLD, "zhang.wei"));

    var alias = domainOf(form).substring(0, domainOf(form).indexOf('.'));
    var organization = directory.organization(alias).orElseThrow();
    var company = partners.get(ADMIN, approved.getPartnerCompanyId());
    assertAll(
        () -> assertEquals(ApplicationStatus.APPROVED, approved.getStatus()),
        () -> assertEquals(ApplicationSource.BRAND_ADMIN, application.getSource()),
        () -> assertEquals(ADMIN.username(), application.getSubmittedBy()),
        () -> assertEquals(form.companyName(), organization.name()),
        () -> assertEquals(domainOf(form), organization.emailDomain()),
        () -> assertEquals(alias, company.getOrganizationAlias()),
        () -> assertEquals(organization.id(), company.getKeycloakOrganizationId()),
        () -> assertEquals(form.uscc(), company.getUscc()),
        () -> assertEquals(Tier.GOLD, company.getTier()),
        () -> assertEquals(PartnerStatus.ACTIVE, company.getStatus()),
        () -> assertEquals("zhang.wei", company.getChannelManager()),
        () -> assertEquals("王建新", company.getContact().name()),
        () -> assertEquals(form.email(), company.getContact().email()));
    var invitations = directory.invitationsOf(form.email());
    assertEquals(1, invitations.size());
    assertEquals(new Invitee(form.email(), "王", "建新", "zh-CN"), invitations.get(0).invitee());
    assertEquals(Role.PARTNER_ADMIN, invitations.get(0).role());
    assertEquals(organization.id(), invitations.get(0).organizationId());
    assertEquals(
        List.of("application.submitted", "application.approved"),
        actions(audit.about(ADMIN, PartnerApplications.SUBJECT, application.getId())));
    assertEquals(
        List.of("partner.created"),
        actions(audit.about(ADMIN, "partner-company", company.getId())));
    assertWholeChainIntact();
  }

  @Test
  void aSecondCompanyOnTheSameDomainGetsANumberedAlias() {
    var domain = "it-" + random(8).toLowerCase() + ".com.cn";
    var first = applications.create(ADMIN, withEmail(newCompany(), "a@" + domain));
    var second = applications.create(ADMIN, withEmail(newCompany(), "b@mail." + domain));
    var terms = new Approval(Tier.REGISTERED, null);

    var one = applications.approve(ADMIN, first.getId(), first.getVersion(), terms);
    var two = applications.approve(ADMIN, second.getId(), second.getVersion(), terms);

    var base = domain.substring(0, domain.indexOf('.'));
    assertEquals(base, partners.get(ADMIN, one.getPartnerCompanyId()).getOrganizationAlias());
    assertEquals(
        base + "-2", partners.get(ADMIN, two.getPartnerCompanyId()).getOrganizationAlias());
  }

  @Test
  void aStaleApprovalChangesNothing() {
    var form = newCompany();
    var application = applications.create(ADMIN, form);
    var terms = new Approval(Tier.SILVER, null);

    assertThrows(
        StaleRecord.class,
        () ->
            applications.approve(ADMIN, application.getId(), application.getVersion() + 1, terms));
    var noTier =
        assertThrows(
            InvalidField.class,
            () ->
                applications.approve(
                    ADMIN,
                    application.getId(),
                    application.getVersion(),
                    new Approval(null, null)));

    assertEquals("tier.REQUIRED", noTier.reason());
    assertEquals(
        ApplicationStatus.SUBMITTED, applications.get(ADMIN, application.getId()).getStatus());
    assertTrue(directory.invitationsOf(form.email()).isEmpty());
  }

  /** Reads the whole chain in pages and checks it from genesis to the head. */
  private void assertWholeChainIntact() {
    var entries = new ArrayList<AuditEntry>();
    long after = 0;
    List<AuditEntry> page;
    do {
      page = audit.entries(ADMIN, after, 500);
      entries.addAll(page);
      after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
    } while (!page.isEmpty());
    var verification = AuditChain.verify(AuditChain.GENESIS, entries, audit.head(ADMIN));
    assertTrue(verification.isIntact(), verification::toString);
  }

  private static List<String> actions(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::getAction).toList();
  }

  private static ApplicationForm newCompany() {
    var tag = random(6);
    return new ApplicationForm(
        "IT测试" + tag + "科技有限公司",
        newUscc(),
        "华东大区",
        "wang.jianxin@it-" + tag.toLowerCase() + ".com.cn",
        "王",
        "建新",
        "+86 21 5555 0101",
        "总经理",
        "<b>我们</b>希望成为合作伙伴。",
        "zh-CN");
  }

  private static ApplicationForm with(ApplicationForm f, String uscc, String companyName) {
    return new ApplicationForm(
        companyName == null ? f.companyName() : companyName,
        uscc == null ? f.uscc() : uscc,
        f.region(),
        f.email(),
        f.familyName(),
        f.givenName(),
        f.phone(),
        f.jobTitle(),
        f.message(),
        f.language());
  }

  private static ApplicationForm withEmail(ApplicationForm f, String email) {
    return new ApplicationForm(
        f.companyName(),
        f.uscc(),
        f.region(),
        email,
        f.familyName(),
        f.givenName(),
        f.phone(),
        f.jobTitle(),
        f.message(),
        f.language());
  }

  private static String domainOf(ApplicationForm form) {
    return form.email().substring(form.email().indexOf('@') + 1);
  }

  private static String newUscc() {
    return UnifiedSocialCreditCode.withCheckCharacter("91310000MA" + random(7));
  }

  /** Characters that a USCC allows, so the same helper serves codes, names and domains. */
  private static String random(int length) {
    var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    var text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String newClient() {
    return "it-client-" + UUID.randomUUID();
  }

  private static Caller brand(String username, Role role) {
    return new Caller("s-" + username, username, "IT", null, "brand", Set.of(role));
  }
}
