package com.channelportal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.base.boundary.DatabaseSchema;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.settings.boundary.UserSettings;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The domain's boundaries inside Payara against the real MariaDB, with the schema that Flyway
 * built. The archive is the built domain jar and its runtime libraries, not a hand-picked class
 * list, so it tests what ships.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class PartnerCompaniesIT {

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "partner-companies-it.war")
        .addAsLibraries(libs)
        // JUnit evaluates the class's extensions in the container too
        .addClasses(PartnerCompaniesIT.class, StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject PartnerCompanies companies;

  @Inject UserSettings settings;

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void flywayMigratedTheSchema() throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select count(*) from flyway_schema_history where version = '1' and success = 1")) {
      assertTrue(result.next());
      assertEquals(1, result.getInt(1));
    }
  }

  @Test
  void firstSignInOfAnOrganizationRecordsItsCompanyOnce() {
    var alias = "it-" + UUID.randomUUID().toString().substring(0, 8);

    var first = companies.companyOf(partnerOf(alias)).orElseThrow();
    var again = companies.companyOf(partnerOf(alias)).orElseThrow();

    assertEquals(first.getId(), again.getId());
    assertEquals(CompanyKind.DISTRIBUTOR, first.getKind());
    assertEquals(alias, companies.byAlias(alias).orElseThrow().getOrganizationAlias());
  }

  @Test
  void demoCompaniesCarryTheirRegisteredNames() {
    assertEquals("深圳利泰机电有限公司", companies.byAlias("litai").orElseThrow().getName());
    assertEquals(CompanyKind.BRAND, companies.byAlias("brand").orElseThrow().getKind());
  }

  @Test
  void twoFirstSignInsAtOnceMakeOneCompany() throws Exception {
    var alias = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
    var start = new CountDownLatch(1);
    Callable<Long> signIn =
        () -> {
          start.await();
          return companies.mirror(alias).getId();
        };
    var a = executor.submit(signIn);
    var b = executor.submit(signIn);
    start.countDown();

    assertEquals(a.get(), b.get());
  }

  @Test
  void languageChoiceIsStoredPerPerson() {
    var caller = partnerOf("litai");

    settings.chooseLanguage(caller, Locale.ENGLISH);
    settings.chooseLanguage(caller, Locale.SIMPLIFIED_CHINESE);

    assertEquals(Locale.SIMPLIFIED_CHINESE, settings.languageOf(caller).orElseThrow());
    assertTrue(settings.languageOf(partnerOf("litai")).isEmpty());
  }

  @Test
  void unsupportedLanguageIsRefused() {
    var thrown =
        assertThrows(
            EJBException.class, () -> settings.chooseLanguage(partnerOf("litai"), Locale.GERMAN));

    assertInstanceOf(IllegalArgumentException.class, thrown.getCause());
  }

  private static Caller partnerOf(String alias) {
    return new Caller(
        UUID.randomUUID().toString(), "it-user", "IT User", null, alias, Set.of(Role.PARTNER_USER));
  }
}
