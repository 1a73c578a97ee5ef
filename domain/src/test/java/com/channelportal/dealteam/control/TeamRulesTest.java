package com.channelportal.dealteam.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.onboarding.control.FieldProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

  private static final Caller PARTNER =
      new Caller("s1", "huanan.user", "王", null, "huanan", Set.of(Role.PARTNER_USER));
  private static final Caller MANAGER =
      new Caller("s2", "zhang.wei", "张伟", null, "brand", Set.of(Role.CHANNEL_MANAGER));

  @Test
  void eachSideAddsItsOwnPeopleInItsOwnRoles() {
    assertThat(TeamRules.mayAdd(PARTNER, Side.PARTNER, DealRole.PARTNER_REP)).isEmpty();
    assertThat(TeamRules.mayAdd(MANAGER, Side.BRAND, DealRole.PRESALES)).isEmpty();
  }

  @Test
  void nobodyAddsTheOtherSidesPeopleOrOutsiders() {
    assertThat(TeamRules.mayAdd(PARTNER, Side.BRAND, DealRole.PARTNER_REP))
        .map(FieldProblem::reason)
        .contains(TeamRules.WRONG_SIDE);
    assertThat(TeamRules.mayAdd(MANAGER, Side.PARTNER, DealRole.PARTNER_REP))
        .map(FieldProblem::reason)
        .contains(TeamRules.WRONG_SIDE);
    assertThat(TeamRules.mayAdd(PARTNER, Side.OUTSIDER, DealRole.PARTNER_REP))
        .map(FieldProblem::reason)
        .contains(TeamRules.WRONG_SIDE);
    assertThat(TeamRules.mayAdd(MANAGER, Side.UNKNOWN, DealRole.PRESALES))
        .map(FieldProblem::reason)
        .contains(TeamRules.UNKNOWN);
  }

  @Test
  void aRoleOfTheOtherSideIsRefused() {
    assertThat(TeamRules.mayAdd(PARTNER, Side.PARTNER, DealRole.CHANNEL_MANAGER))
        .map(FieldProblem::reason)
        .contains(TeamRules.ROLE_WRONG_SIDE);
    assertThat(TeamRules.mayAdd(MANAGER, Side.BRAND, DealRole.PARTNER_REP))
        .map(FieldProblem::reason)
        .contains(TeamRules.ROLE_WRONG_SIDE);
  }
}
