package com.channelportal.dealteam.control;

import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.identity.entity.Caller;
import com.channelportal.onboarding.control.FieldProblem;
import java.util.Optional;

/**
 * Who may put whom on a deal team: each side staffs itself. Partner users add colleagues of their
 * own company as reps; brand staff add brand staff who may read the deal in a brand role. A side
 * knows its own people and answers for them; the other side asks through a task or a mention.
 */
public final class TeamRules {

  public static final String USERNAME = "username";
  public static final String ROLE = "role";
  public static final String WRONG_SIDE = "username.WRONG_SIDE";
  public static final String UNKNOWN = "username.UNKNOWN";
  public static final String ROLE_WRONG_SIDE = "role.WRONG_SIDE";
  public static final String ALREADY = "username.ALREADY_ON_TEAM";

  private TeamRules() {}

  /** The problem with adding a person of {@code side} as {@code role}, if there is one. */
  public static Optional<FieldProblem> mayAdd(Caller caller, Side side, DealRole role) {
    var callerSide = caller.isBrandStaff() ? Side.BRAND : Side.PARTNER;
    if (side == Side.UNKNOWN) {
      return Optional.of(new FieldProblem(USERNAME, UNKNOWN, "username: nobody of that name"));
    }
    if (side != callerSide) {
      return Optional.of(
          new FieldProblem(
              USERNAME,
              WRONG_SIDE,
              "username: you add people of your own side who may read this deal"));
    }
    if (role.isBrand() != (callerSide == Side.BRAND)) {
      return Optional.of(
          new FieldProblem(ROLE, ROLE_WRONG_SIDE, "role: " + role + " is not a role of your side"));
    }
    return Optional.empty();
  }
}
