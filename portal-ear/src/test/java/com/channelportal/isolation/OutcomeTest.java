package com.channelportal.isolation;

import static com.channelportal.isolation.Outcome.ALLOWED;
import static com.channelportal.isolation.Outcome.DENIED;
import static com.channelportal.isolation.Outcome.LOGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.isolation.AccessRule.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expected answer per persona, from the access rule and whose object is asked for. */
class OutcomeTest {

  private static final AccessRule PERMIT_ALL = new AccessRule(Kind.PERMIT_ALL, Set.of());
  private static final AccessRule PARTNER_USER = new AccessRule(Kind.ROLES, Set.of("partner-user"));
  private static final AccessRule CHANNEL = new AccessRule(Kind.ROLES, Set.of("channel-manager"));

  @Test
  void permitAllLetsEveryLoggedInPersonaInAndSendsNoTokenToLogin() {
    for (Persona persona : Persona.MATRIX) {
      assertThat(Outcome.expected(PERMIT_ALL, persona, null))
          .as(persona.toString())
          .isEqualTo(persona.anonymous() ? LOGIN : ALLOWED);
    }
  }

  @Test
  void aPersonsObjectIsTheirsAloneNotTheirAdminsNorTheBrands() {
    var owner = Persona.PARTNER_USER_A;
    assertThat(Outcome.expected(PERMIT_ALL, owner, Tenant.LITAI, owner)).isEqualTo(ALLOWED);
    assertThat(Outcome.expected(PERMIT_ALL, Persona.PARTNER_ADMIN_A, Tenant.LITAI, owner))
        .isEqualTo(DENIED);
    assertThat(Outcome.expected(PERMIT_ALL, Persona.BRAND_ADMIN, Tenant.LITAI, owner))
        .isEqualTo(DENIED);
    assertThat(Outcome.expected(PERMIT_ALL, Persona.NO_TOKEN, Tenant.LITAI, owner))
        .isEqualTo(LOGIN);
    assertThat(Outcome.expected(PERMIT_ALL, Persona.PARTNER_ADMIN_A, Tenant.LITAI, null))
        .isEqualTo(ALLOWED);
  }

  @Test
  void partnerAdminHoldsPartnerUserThroughTheCompositeRole() {
    assertThat(Persona.PARTNER_ADMIN_A.roles()).contains("partner-admin", "partner-user");
    assertThat(Outcome.expected(PARTNER_USER, Persona.PARTNER_ADMIN_A, null)).isEqualTo(ALLOWED);
    assertThat(Outcome.expected(PARTNER_USER, Persona.BRAND_ADMIN, null)).isEqualTo(DENIED);
    assertThat(Outcome.expected(PARTNER_USER, Persona.NO_TOKEN, null)).isEqualTo(LOGIN);
  }

  @Test
  void aPartnerGetsItsOwnObjectButNotTheOtherTenants() {
    assertThat(Outcome.expected(PARTNER_USER, Persona.PARTNER_USER_A, Tenant.LITAI))
        .isEqualTo(ALLOWED);
    assertThat(Outcome.expected(PARTNER_USER, Persona.PARTNER_USER_A, Tenant.HUANAN))
        .isEqualTo(DENIED);
    assertThat(Outcome.expected(PARTNER_USER, Persona.USER_B, Tenant.LITAI)).isEqualTo(DENIED);
  }

  @Test
  void aChannelManagerGetsOnlyAssignedDistributors() {
    assertThat(Outcome.expected(CHANNEL, Persona.CHANNEL_MANAGER_ASSIGNED, Tenant.LITAI))
        .isEqualTo(ALLOWED);
    assertThat(Outcome.expected(CHANNEL, Persona.CHANNEL_MANAGER_ASSIGNED, Tenant.HUANAN))
        .isEqualTo(DENIED);
    assertThat(Outcome.expected(CHANNEL, Persona.CHANNEL_MANAGER_OTHER, Tenant.LITAI))
        .isEqualTo(DENIED);
  }

  @Test
  void denyAllDeniesEvenTheBrandAdmin() {
    var denyAll = new AccessRule(Kind.DENY_ALL, Set.of());

    assertThat(Outcome.expected(denyAll, Persona.BRAND_ADMIN, null)).isEqualTo(DENIED);
    assertThat(Outcome.expected(denyAll, Persona.NO_TOKEN, null)).isEqualTo(LOGIN);
  }

  @Test
  void anonymousViewsOpenWithoutLoginButShowNoTenantsObject() {
    var anonymous = new AccessRule(Kind.ANONYMOUS, Set.of());

    assertThat(Outcome.expected(anonymous, Persona.NO_TOKEN, null)).isEqualTo(ALLOWED);
    assertThat(Outcome.expected(anonymous, Persona.NO_TOKEN, Tenant.LITAI)).isEqualTo(DENIED);
  }

  @Test
  void anUndeclaredRuleHasNoOutcome() {
    var unannotated = new AccessRule(Kind.UNANNOTATED, Set.of());

    assertThatThrownBy(() -> Outcome.expected(unannotated, Persona.BRAND_ADMIN, null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void leaksAreFoundInJsonEvenEscapedAndInPageText() {
    assertThat(Tenant.HUANAN.leaksIn("{\"organization\":{\"alias\":\"huanan\"}}", true))
        .containsExactly("huanan");
    assertThat(
            Tenant.LITAI.leaksIn(
                "{\"name\":\"\\u6DF1\\u5733\\u5229\\u6CF0\\u673A\\u7535"
                    + "\\u6709\\u9650\\u516C\\u53F8\"}",
                true))
        .containsExactly("深圳利泰机电有限公司");
    assertThat(Tenant.HUANAN.leaksIn("Contact: liu.nan@huanan-electric.example", false))
        .containsExactly("huanan-electric.example");
    assertThat(Tenant.LITAI.leaksIn("Welcome, 刘南 (huanan.user)", false)).isEmpty();
  }
}
