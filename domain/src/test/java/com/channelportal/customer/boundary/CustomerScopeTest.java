package com.channelportal.customer.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerScopeTest {

  @Test
  void brandAdminsAndBrandSalesSeeEveryRecord() {
    for (var role : Set.of(Role.BRAND_ADMIN, Role.BRAND_SALES)) {
      assertThat(CustomerScope.of(brand("li.na", role), null))
          .as("%s", role)
          .isEqualTo(new CustomerScope.All());
    }
  }

  @Test
  void aChannelManagerSeesTheBrandsRecordsAndTheirPartnersOnly() {
    assertThat(CustomerScope.of(brand("zhang.wei", Role.CHANNEL_MANAGER), null))
        .isEqualTo(new CustomerScope.BrandAndAssignedTo("zhang.wei"));
  }

  @Test
  void theWidestBrandRoleWins() {
    assertThat(CustomerScope.of(brand("li.na", Role.CHANNEL_MANAGER, Role.BRAND_ADMIN), null))
        .isEqualTo(new CustomerScope.All());
  }

  @Test
  void aCallerWithoutRolesSeesNothing() {
    assertThat(CustomerScope.of(new Caller("s", "x", "X", null, null, Set.of()), null))
        .isEqualTo(new CustomerScope.Nothing());
  }

  private static Caller brand(String username, Role... roles) {
    return new Caller("s-" + username, username, username, null, "brand", Set.of(roles));
  }
}
