package com.channelportal.registration;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the in-container ITs of registrations, rulings, the lifecycle and direct sales build their
 * claims from: distributors of their own (a fresh organization each, so tests never see each
 * other's claims), callers as the portal makes them from tokens, customers nobody else claims, and
 * submitted registrations. Add the class to the test's archive.
 */
@Dependent
public class ClaimFixtures {

  static final Caller FIXTURE_ADMIN = brand("it.fixtures.admin", Role.BRAND_ADMIN);

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Inject PartnerCompanies companies;

  @Inject Partners partners;

  @Inject Registrations registrations;

  /**
   * Where a test customer is, and the characters its trade names are made of: a pool of distinct
   * pinyin per test class, so that customers of two tests are neither equal nor one character apart
   * and never conflict.
   */
  public record Place(
      String tradeNameCharacters,
      String cityPrefix,
      String nameSuffix,
      String subIndustry,
      String province,
      String city,
      String usccPrefix) {}

  public PartnerCompany newDistributor() {
    return companies.mirror("it-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** Assigns the company to a channel manager, as a brand admin does in its programme. */
  public void assign(PartnerCompany company, String manager) {
    var current = partners.get(FIXTURE_ADMIN, company.getId());
    var programme = current.getProgramme();
    partners.changeProgramme(
        FIXTURE_ADMIN,
        company.getId(),
        current.getVersion(),
        new Programme(
            programme.name(), null, null, programme.tier(), programme.status(), manager, null));
  }

  public Registration submitNew(Caller partner, RegistrationForm form) {
    var draft = registrations.createDraft(partner, form);
    return registrations.submit(partner, draft.getId(), draft.getVersion());
  }

  /** A company of its own per call: six random characters of the place's pool and a USCC. */
  public static CustomerForm newCustomer(Place place) {
    var random = ThreadLocalRandom.current();
    var pool = place.tradeNameCharacters();
    var tradeName = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tradeName.append(pool.charAt(random.nextInt(pool.length())));
    }
    var code = new StringBuilder(place.usccPrefix());
    for (int i = 0; i < 7; i++) {
      code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
    }
    return new CustomerForm(
        place.cityPrefix() + tradeName + place.nameSuffix(),
        UnifiedSocialCreditCode.withCheckCharacter(code.toString()),
        "生产加工制造",
        place.subIndustry(),
        null,
        null,
        null,
        null,
        place.province(),
        place.city(),
        null,
        null);
  }

  /** A user of the company, with the claims the partners realm gives its tokens. */
  public static Caller partnerOf(PartnerCompany company) {
    var alias = company.getOrganizationAlias();
    return new Caller("s-" + alias, alias + ".user", "IT", null, alias, Set.of(Role.PARTNER_USER));
  }

  public static Caller brand(String username, Role role) {
    return new Caller("s-" + username, username, "IT", null, "brand", Set.of(role));
  }
}
