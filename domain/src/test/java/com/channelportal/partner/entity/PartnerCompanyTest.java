package com.channelportal.partner.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PartnerCompanyTest {

  @Test
  void aCompanyNeedsItsTenantKeyNameAndKind() {
    var now = LocalDateTime.of(2026, 11, 27, 5, 0);
    assertThatNullPointerException()
        .isThrownBy(() -> new PartnerCompany(null, "深圳利泰", CompanyKind.DISTRIBUTOR, now))
        .withMessage("organizationAlias");
    assertThatNullPointerException()
        .isThrownBy(() -> new PartnerCompany("litai", null, CompanyKind.DISTRIBUTOR, now))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> new PartnerCompany("litai", "深圳利泰", null, now))
        .withMessage("kind");
  }

  @Test
  void anOnboardedDistributorStartsWithItsProgrammeContactAndOrganization() {
    var now = LocalDateTime.of(2026, 11, 27, 5, 0);
    var programme =
        new Programme(
            "深圳利泰机电有限公司",
            "91440300MA5DLT2K0P",
            "华南大区",
            Tier.SILVER,
            PartnerStatus.ACTIVE,
            "zhang.wei",
            false);
    var contact = new Contact("李泰安", "0755-82254848", "li@litai.com.cn");

    var company = PartnerCompany.onboarded("litai", "org-1", programme, contact, now);

    assertThat(company.getKind()).isEqualTo(CompanyKind.DISTRIBUTOR);
    assertThat(company.getOrganizationAlias()).isEqualTo("litai");
    assertThat(company.getKeycloakOrganizationId()).isEqualTo("org-1");
    assertThat(company.getProgramme()).isEqualTo(programme);
    assertThat(company.getContact()).isEqualTo(contact);
    assertThat(company.getCreatedAt()).isEqualTo(now);
    assertThat(company.getUpdatedAt()).isNull();
  }

  @Test
  void anOnboardedDistributorHasItsOrganization() {
    var programme =
        new Programme("利泰", null, null, Tier.REGISTERED, PartnerStatus.ACTIVE, null, null);
    var contact = new Contact(null, null, null);
    var now = LocalDateTime.of(2026, 11, 27, 5, 0);

    assertThatNullPointerException()
        .isThrownBy(() -> PartnerCompany.onboarded("litai", null, programme, contact, now))
        .withMessage("keycloakOrganizationId");
  }
}
