package com.channelportal.partner.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.entity.TeamMember;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

  private static final TeamMember WANG = admin("u-wang", "wang.jianxin", "litai");
  private static final TeamMember LI = admin("u-li", "li.taian", "litai");
  private static final TeamMember CHEN = user("u-chen", "chen.hua", "litai");
  private static final TeamMember HUANAN_ADMIN = admin("u-zhao", "zhao.min", "huanan");

  /** WANG as the caller, i.e. the partner admin acting. */
  private static final Caller WANG_ACTING =
      caller("u-wang", "wang.jianxin", "litai", Role.PARTNER_ADMIN, Role.PARTNER_USER);

  private static final Caller BRAND_ADMIN = caller("u-b", "zhang.wei", "brand", Role.BRAND_ADMIN);

  @Nested
  class WhoMayAct {

    @Test
    void partnerAdminManagesTheirOwnOrganization() {
      var team = List.of(WANG, LI, CHEN);

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, CHEN, true, team)).isEqualTo(TeamCheck.OK);
      assertThat(TeamRules.mayChangeRole(WANG_ACTING, LI, false, team)).isEqualTo(TeamCheck.OK);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, CHEN, team)).isEqualTo(TeamCheck.OK);
    }

    @Test
    void partnerUserMayNot() {
      var chen = caller("u-chen", "chen.hua", "litai", Role.PARTNER_USER);

      assertThat(TeamRules.mayChangeRole(chen, CHEN, true, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.NOT_TEAM_ADMIN);
      assertThat(TeamRules.mayDeactivate(chen, WANG, List.of(WANG, LI, CHEN)))
          .isEqualTo(TeamCheck.NOT_TEAM_ADMIN);
    }

    @Test
    void brandStaffOtherThanBrandAdminsMayNot() {
      var manager = caller("u-m", "li.na", "brand", Role.CHANNEL_MANAGER, Role.BRAND_SALES);

      assertThat(TeamRules.mayDeactivate(manager, CHEN, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.NOT_TEAM_ADMIN);
    }

    @Test
    void partnerAdminMayNotTouchAnotherOrganization() {
      var huanan = List.of(HUANAN_ADMIN, user("u-sun", "sun.li", "huanan"));

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, huanan.get(1), true, huanan))
          .isEqualTo(TeamCheck.OTHER_ORGANIZATION);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, huanan.get(1), huanan))
          .isEqualTo(TeamCheck.OTHER_ORGANIZATION);
    }

    @Test
    void partnerAdminWithoutAnOrganizationManagesNobody() {
      var adrift = caller("u-x", "x", null, Role.PARTNER_ADMIN);

      assertThat(TeamRules.mayDeactivate(adrift, CHEN, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.OTHER_ORGANIZATION);
    }

    @Test
    void brandAdminManagesEveryOrganization() {
      var huanan = List.of(HUANAN_ADMIN, admin("u-sun", "sun.li", "huanan"));

      assertThat(TeamRules.mayChangeRole(BRAND_ADMIN, huanan.get(0), false, huanan))
          .isEqualTo(TeamCheck.OK);
      assertThat(TeamRules.mayDeactivate(BRAND_ADMIN, CHEN, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.OK);
    }

    @Test
    void theActorIsCheckedBeforeTheOrganization() {
      var huananUser = caller("u-sun", "sun.li", "huanan", Role.PARTNER_USER);

      assertThat(TeamRules.mayDeactivate(huananUser, CHEN, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.NOT_TEAM_ADMIN);
    }
  }

  @Nested
  class LastAdmin {

    @Test
    void demotingTheLastEnabledAdminIsRefused() {
      var brandActing = TeamRules.mayChangeRole(BRAND_ADMIN, WANG, false, List.of(WANG, CHEN));

      assertThat(brandActing).isEqualTo(TeamCheck.LAST_ADMIN);
    }

    @Test
    void deactivatingTheLastEnabledAdminIsRefused() {
      assertThat(TeamRules.mayDeactivate(BRAND_ADMIN, WANG, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.LAST_ADMIN);
    }

    @Test
    void theLastAdminMayNotDemoteOrDeactivateThemself() {
      var team = List.of(WANG, CHEN);

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, WANG, false, team))
          .isEqualTo(TeamCheck.LAST_ADMIN);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, WANG, team)).isEqualTo(TeamCheck.LAST_ADMIN);
    }

    @Test
    void withAnotherEnabledAdminOneMayStepDown() {
      var team = List.of(WANG, LI, CHEN);

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, WANG, false, team)).isEqualTo(TeamCheck.OK);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, WANG, team)).isEqualTo(TeamCheck.OK);
    }

    @Test
    void aDisabledSecondAdminDoesNotCount() {
      var team = List.of(WANG, disabled(LI), CHEN);

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, WANG, false, team))
          .isEqualTo(TeamCheck.LAST_ADMIN);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, WANG, team)).isEqualTo(TeamCheck.LAST_ADMIN);
    }

    @Test
    void anAdminOfAnotherOrganizationInTheListDoesNotCount() {
      var mixed = List.of(WANG, CHEN, HUANAN_ADMIN);

      assertThat(TeamRules.mayDeactivate(BRAND_ADMIN, WANG, mixed)).isEqualTo(TeamCheck.LAST_ADMIN);
    }

    @Test
    void aDisabledAdminCanBeDemotedOrDeactivatedAgain() {
      var disabledLi = disabled(LI);
      var team = List.of(WANG, disabledLi, CHEN);

      assertThat(TeamRules.mayChangeRole(WANG_ACTING, disabledLi, false, team))
          .isEqualTo(TeamCheck.OK);
      assertThat(TeamRules.mayDeactivate(WANG_ACTING, disabledLi, team)).isEqualTo(TeamCheck.OK);
    }

    @Test
    void confirmingTheLastAdminAsAdminChangesNothing() {
      assertThat(TeamRules.mayChangeRole(WANG_ACTING, WANG, true, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.OK);
    }

    @Test
    void theTargetIsRecognizedByIdNotByEquality() {
      var wangAsLoadedAgain = new TeamMember("u-wang", "WANG.JIANXIN", "litai", true, true);

      assertThat(TeamRules.mayDeactivate(WANG_ACTING, wangAsLoadedAgain, List.of(WANG, CHEN)))
          .isEqualTo(TeamCheck.LAST_ADMIN);
    }
  }

  private static TeamMember admin(String id, String username, String organization) {
    return new TeamMember(id, username, organization, true, true);
  }

  private static TeamMember user(String id, String username, String organization) {
    return new TeamMember(id, username, organization, false, true);
  }

  private static TeamMember disabled(TeamMember member) {
    return new TeamMember(
        member.id(), member.username(), member.organizationAlias(), member.admin(), false);
  }

  private static Caller caller(
      String subject, String username, @Nullable String organization, Role... roles) {
    return new Caller(subject, username, username, null, organization, Set.of(roles));
  }
}
