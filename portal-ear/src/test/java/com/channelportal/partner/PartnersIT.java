package com.channelportal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;
import com.channelportal.stack.StackExtension;
import jakarta.inject.Inject;
import java.io.File;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner boundary inside Payara on the real database: scopes, version checks and field rules,
 * on companies each test makes for itself so that tests do not depend on each other.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class PartnersIT {

  @Deployment
  static WebArchive deployment() {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, "partners-it.war")
        .addAsLibraries(libs)
        .addClasses(PartnersIT.class, StackExtension.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Partners partners;

  @Inject PartnerCompanies companies;

  @Test
  void eachCallerSeesItsOwnScope() {
    var company = newDistributor();
    var manager = "cm-" + UUID.randomUUID().toString().substring(0, 8);
    assign(company, manager);

    var own = partners.list(partnerOf(company.getOrganizationAlias()), PartnerFilter.NONE, 0, 50);
    var assigned = partners.list(brand(manager, Role.CHANNEL_MANAGER), PartnerFilter.NONE, 0, 50);
    var stranger = partners.count(partnerOf("it-nobody"), PartnerFilter.NONE);

    assertEquals(1, own.size());
    assertEquals(company.getId(), own.get(0).getId());
    assertEquals(1, assigned.size());
    assertEquals(0, stranger);
    assertTrue(partners.count(brand("admin", Role.BRAND_ADMIN), PartnerFilter.NONE) >= 3);
  }

  @Test
  void anotherTenantsCompanyIsNotFound() {
    var company = newDistributor();

    assertThrows(RecordNotFound.class, () -> partners.get(partnerOf("litai"), company.getId()));
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsWritten() {
    var company = newDistributor();
    var admin = brand("admin", Role.BRAND_ADMIN);
    var version = company.getVersion();
    partners.changeContact(admin, company.getId(), version, new Contact("甲", null, null));

    assertThrows(
        StaleRecord.class,
        () ->
            partners.changeContact(admin, company.getId(), version, new Contact("乙", null, null)));
    assertEquals("甲", partners.get(admin, company.getId()).getContact().name());
  }

  @Test
  void onlyBrandAdminsChangeTheProgrammeAndRulesHold() {
    var created = newDistributor();
    var id = created.getId();
    assign(created, "cm");
    var company = partners.get(brand("admin", Role.BRAND_ADMIN), id);
    var programme =
        new Programme("测试公司", null, "华东大区", Tier.GOLD, PartnerStatus.SUSPENDED, null, null);

    // the assigned channel manager sees the partner but may not change its programme
    assertThrows(
        AccessDenied.class,
        () ->
            partners.changeProgramme(
                brand("cm", Role.CHANNEL_MANAGER), id, company.getVersion(), programme));
    var invalid =
        assertThrows(
            InvalidField.class,
            () ->
                partners.changeProgramme(
                    brand("admin", Role.BRAND_ADMIN),
                    id,
                    company.getVersion(),
                    new Programme(
                        "测试公司",
                        "91440300MA5DLT2K0Q",
                        null,
                        Tier.GOLD,
                        PartnerStatus.ACTIVE,
                        null,
                        null)));
    assertEquals("uscc.CHECK_CHARACTER", invalid.reason());

    var changed =
        partners.changeProgramme(
            brand("admin", Role.BRAND_ADMIN), id, company.getVersion(), programme);
    assertEquals(PartnerStatus.SUSPENDED, changed.getStatus());
  }

  private PartnerCompany newDistributor() {
    return companies.mirror("it-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void assign(PartnerCompany company, String manager) {
    var current = partners.get(brand("admin", Role.BRAND_ADMIN), company.getId());
    var programme = current.getProgramme();
    partners.changeProgramme(
        brand("admin", Role.BRAND_ADMIN),
        company.getId(),
        current.getVersion(),
        new Programme(
            programme.name(), null, null, programme.tier(), programme.status(), manager, null));
  }

  private static Caller partnerOf(String alias) {
    return new Caller("s-" + alias, alias + ".user", "IT", null, alias, Set.of(Role.PARTNER_USER));
  }

  private static Caller brand(String username, Role role) {
    return new Caller("s-" + username, username, "IT", null, "brand", Set.of(role));
  }
}
