package com.channelportal.partner.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PartnerScopeTest {

  @Test
  void brandAdminSeesAllDistributors() {
    assertThat(PartnerScope.of(caller("brand", Role.BRAND_ADMIN, Role.CHANNEL_MANAGER)))
        .isEqualTo(new PartnerScope.AllDistributors());
  }

  @Test
  void channelManagerSeesTheirAssignedPartners() {
    assertThat(PartnerScope.of(caller("brand", Role.CHANNEL_MANAGER)))
        .isEqualTo(new PartnerScope.AssignedTo("someone"));
  }

  @Test
  void partnerSeesOnlyItsOwnCompany() {
    assertThat(PartnerScope.of(caller("litai", Role.PARTNER_USER)))
        .isEqualTo(new PartnerScope.OwnCompany("litai"));
    assertThat(PartnerScope.of(caller("huanan", Role.PARTNER_ADMIN, Role.PARTNER_USER)))
        .isEqualTo(new PartnerScope.OwnCompany("huanan"));
  }

  @Test
  void brandSalesAndCallersWithoutTenantSeeNothing() {
    assertThat(PartnerScope.of(caller("brand", Role.BRAND_SALES)))
        .isEqualTo(new PartnerScope.Nothing());
    assertThat(PartnerScope.of(caller(null, Role.PARTNER_USER)))
        .isEqualTo(new PartnerScope.Nothing());
    assertThat(PartnerScope.of(caller("litai"))).isEqualTo(new PartnerScope.Nothing());
  }

  private static Caller caller(@Nullable String organization, Role... roles) {
    return new Caller("sub", "someone", "Someone", null, organization, Set.of(roles));
  }
}
