package com.channelportal.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static final PersonName NO_NAME = new PersonName(null, null, null);

  @Test
  void partnerTokenGivesTenantAndPartnerRoles() {
    var caller =
        Caller.fromClaims(
            "sub-1",
            "litai.user",
            new PersonName("建新", "王", "建新 王"),
            "wang.jianxin@litai.example",
            List.of("litai"),
            List.of("partner-user", "offline_access", "default-roles-partners"));

    assertThat(caller.organizationAlias()).contains("litai");
    assertThat(caller.roles()).containsExactly(Role.PARTNER_USER);
    assertThat(caller.isPartner()).isTrue();
    assertThat(caller.isBrandStaff()).isFalse();
    assertThat(caller.displayName()).isEqualTo("王建新");
  }

  @Test
  void brandRoleWidensScopeEvenWithAnOrganization() {
    var caller =
        Caller.fromClaims(
            "sub-2",
            "zhang.wei",
            new PersonName(null, null, "Zhang Wei"),
            null,
            List.of("brand"),
            List.of("channel-manager"));

    assertThat(caller.isBrandStaff()).isTrue();
    assertThat(caller.isPartner()).isFalse();
  }

  @Test
  void severalOrganizationsLeaveTheTenantOpenRatherThanGuess() {
    var caller =
        Caller.fromClaims(
            "sub-3", "x", NO_NAME, null, List.of("litai", "huanan"), List.of("partner-user"));

    assertThat(caller.organizationAlias()).isEmpty();
    assertThat(caller.isPartner()).isFalse();
  }

  @Test
  void callerWithoutOrganizationOrBrandRoleIsNeitherPartnerNorBrand() {
    var caller = Caller.fromClaims("sub-4", "nobody", NO_NAME, null, List.of(), List.of());

    assertThat(caller.isPartner()).isFalse();
    assertThat(caller.isBrandStaff()).isFalse();
    assertThat(caller.roles()).isEmpty();
  }

  @Test
  void missingUsernameAndNameFallBackToSubject() {
    var caller = Caller.fromClaims("sub-5", " ", NO_NAME, null, List.of(), List.of());

    assertThat(caller.username()).isEqualTo("sub-5");
    assertThat(caller.displayName()).isEqualTo("sub-5");
  }

  @Test
  void rolesCannotBeChangedAfterwards() {
    var caller = new Caller("s", "u", "U", null, null, Set.of(Role.PARTNER_ADMIN));

    assertThat(caller.roles()).isUnmodifiable();
  }

  @Test
  void subjectIsRequired() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Caller(null, "u", "U", null, null, Set.of()))
        .withMessage("subject");
  }

  @Test
  void everyRoleIsFoundByItsRealmRoleName() {
    for (Role role : Role.values()) {
      assertThat(Role.byName(role.roleName())).contains(role);
    }
    assertThat(Role.byName("uma_authorization")).isEmpty();
  }
}
