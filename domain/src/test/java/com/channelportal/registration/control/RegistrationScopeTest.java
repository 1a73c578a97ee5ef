package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.control.PartnerScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationScopeTest {

  @Test
  void aPartnerSeesItsOwnCompany() {
    assertThat(RegistrationScope.of(caller("litai", Role.PARTNER_USER)))
        .isEqualTo(new PartnerScope.OwnCompany("litai"));
  }

  @Test
  void aChannelManagerSeesTheAssignedDistributors() {
    assertThat(RegistrationScope.of(caller("brand", Role.CHANNEL_MANAGER)))
        .isEqualTo(new PartnerScope.AssignedTo("someone"));
  }

  @Test
  void brandAdminsAndBrandSalesSeeEverything() {
    assertThat(RegistrationScope.of(caller("brand", Role.BRAND_ADMIN)))
        .isInstanceOf(PartnerScope.AllDistributors.class);
    assertThat(RegistrationScope.of(caller("brand", Role.BRAND_SALES)))
        .isInstanceOf(PartnerScope.AllDistributors.class);
    assertThat(RegistrationScope.of(caller("brand", Role.BRAND_SALES, Role.CHANNEL_MANAGER)))
        .isInstanceOf(PartnerScope.AllDistributors.class);
  }

  @Test
  void anybodyElseSeesNothing() {
    assertThat(RegistrationScope.of(caller(null))).isInstanceOf(PartnerScope.Nothing.class);
    assertThat(RegistrationScope.of(caller(null, Role.PARTNER_USER)))
        .isInstanceOf(PartnerScope.Nothing.class);
  }

  private static Caller caller(String organization, Role... roles) {
    return new Caller("s", "someone", "Someone", null, organization, Set.of(roles));
  }
}
