package com.channelportal.partner.entity;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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
}
