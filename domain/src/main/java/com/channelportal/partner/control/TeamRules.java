package com.channelportal.partner.control;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.entity.TeamMember;
import java.util.List;

/**
 * What partner admins may do to their colleagues. A distributor manages its own people so that the
 * brand is not asked for every new sales rep, but it must never lock itself out: someone enabled
 * has to remain who can invite, promote and re-enable. Brand admins may act on any organization,
 * typically to repair one, yet the same last-admin rule binds them: a distributor without an
 * enabled admin cannot add or re-enable anyone and would depend on the brand for every change.
 *
 * <p>Checks run in a fixed order (who acts, on whom, with what effect) and return the first
 * failure. The caller passes the target's team as it is now; members of other organizations in that
 * list are ignored.
 */
public final class TeamRules {

  private TeamRules() {}

  /** Promoting ({@code makeAdmin}) or demoting {@code target}; demoting oneself included. */
  public static TeamCheck mayChangeRole(
      Caller actor, TeamMember target, boolean makeAdmin, List<TeamMember> team) {
    TeamCheck access = mayManage(actor, target);
    if (!access.isOk()) {
      return access;
    }
    boolean demotes = !makeAdmin && target.admin();
    return demotes && isLastActiveAdmin(target, team) ? TeamCheck.LAST_ADMIN : TeamCheck.OK;
  }

  /** Disabling {@code target}'s account; deactivating oneself included. */
  public static TeamCheck mayDeactivate(Caller actor, TeamMember target, List<TeamMember> team) {
    TeamCheck access = mayManage(actor, target);
    if (!access.isOk()) {
      return access;
    }
    return isLastActiveAdmin(target, team) ? TeamCheck.LAST_ADMIN : TeamCheck.OK;
  }

  /**
   * A brand admin manages every organization. A partner admin only their own, which a token with no
   * (or an ambiguous) organization does not have.
   */
  private static TeamCheck mayManage(Caller actor, TeamMember target) {
    if (actor.hasRole(Role.BRAND_ADMIN)) {
      return TeamCheck.OK;
    }
    if (!actor.hasRole(Role.PARTNER_ADMIN)) {
      return TeamCheck.NOT_TEAM_ADMIN;
    }
    boolean sameOrganization =
        actor.organizationAlias().filter(target.organizationAlias()::equals).isPresent();
    return sameOrganization ? TeamCheck.OK : TeamCheck.OTHER_ORGANIZATION;
  }

  /** True if {@code target} counts as an admin now and nobody else in its organization does. */
  private static boolean isLastActiveAdmin(TeamMember target, List<TeamMember> team) {
    return target.isActiveAdmin()
        && team.stream()
            .filter(m -> m.organizationAlias().equals(target.organizationAlias()))
            .filter(m -> !m.id().equals(target.id()))
            .noneMatch(TeamMember::isActiveAdmin);
  }
}
