package com.channelportal.review.control;

import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.entity.Decision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a ruling does, decided before anything changes: the state the claim moves to and what
 * happens to each of the other partners' current claims on the same customer.
 *
 * <ul>
 *   <li>Only a claim under review or on hold is ruled on.
 *   <li>Approving needs the customer free: another partner's approved claim blocks it (share
 *       instead, or reject). The other pending claims (under review, returned for information) are
 *       put on hold rather than rejected: they were made in good faith, only later, and stay in
 *       line should the approved claim be withdrawn or lapse. Appealed claims are the brand
 *       admin's.
 *   <li>Sharing approves this claim and every other pending or held claim as shared and marks an
 *       approved one shared; it needs at least one other claim to share with.
 *   <li>Rejecting and returning change this claim only.
 *   <li>Whoever may rule on this claim may put other partners' claims on hold by approving it: the
 *       hold is the first-come rule applied, keeps those claims in line and lands in their own
 *       channel manager's queue. Sharing, though, approves or dilutes the other claims, which is a
 *       ruling on them: it needs a decider who may rule on each of them, so a channel manager
 *       shares only among the partners assigned to them and leaves the rest to a brand admin.
 * </ul>
 */
public final class RulingPlan {

  public static final String NOT_PENDING = "review.NOT_PENDING";
  public static final String OTHER_APPROVED = "review.OTHER_APPROVED";
  public static final String NOTHING_TO_SHARE = "review.NOTHING_TO_SHARE";
  public static final String SHARE_OUTSIDE_SCOPE = "review.SHARE_OUTSIDE_SCOPE";

  private RulingPlan() {}

  /**
   * Another partner's current claim on the customer.
   *
   * @param inDecidersScope whether the one ruling may also rule on this claim
   */
  public record Claim(long id, RegistrationStatus status, boolean inDecidersScope) {

    public Claim {
      Objects.requireNonNull(status, "status");
    }

    public Claim(long id, RegistrationStatus status) {
      this(id, status, true);
    }
  }

  /** What happens to another claim. */
  public enum Consequence {
    PUT_ON_HOLD,
    APPROVED_AS_SHARED,
    MARKED_SHARED
  }

  public sealed interface Outcome {}

  /** The ruling is not possible now; {@code code} is translatable. */
  public record Refused(String code, String message) implements Outcome {}

  /**
   * @param becomes the claim's next state
   * @param shared whether it is approved as shared
   * @param others the other claims that change, in the order given
   */
  public record Accepted(RegistrationStatus becomes, boolean shared, Map<Long, Consequence> others)
      implements Outcome {

    public Accepted {
      others = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(others));
    }
  }

  public static Outcome of(Decision decision, RegistrationStatus status, List<Claim> others) {
    if (status != RegistrationStatus.UNDER_REVIEW && status != RegistrationStatus.ON_HOLD) {
      return new Refused(
          NOT_PENDING, "Only a claim under review or on hold is ruled on, not " + status);
    }
    return switch (decision) {
      case REJECT -> new Accepted(RegistrationStatus.REJECTED, false, Map.of());
      case RETURN -> new Accepted(RegistrationStatus.INFORMATION_REQUESTED, false, Map.of());
      case APPROVE -> approve(others);
      case SHARE -> share(others);
    };
  }

  private static Outcome approve(List<Claim> others) {
    var consequences = new LinkedHashMap<Long, Consequence>();
    for (var other : others) {
      switch (other.status()) {
        case APPROVED:
          return new Refused(
              OTHER_APPROVED,
              "Another partner's claim on this customer is approved; share or reject instead");
        case UNDER_REVIEW, INFORMATION_REQUESTED:
          consequences.put(other.id(), Consequence.PUT_ON_HOLD);
          break;
        default:
          break;
      }
    }
    return new Accepted(RegistrationStatus.APPROVED, false, consequences);
  }

  private static Outcome share(List<Claim> others) {
    var consequences = new LinkedHashMap<Long, Consequence>();
    for (var other : others) {
      switch (other.status()) {
        case APPROVED:
          consequences.put(other.id(), Consequence.MARKED_SHARED);
          break;
        case UNDER_REVIEW, ON_HOLD:
          consequences.put(other.id(), Consequence.APPROVED_AS_SHARED);
          break;
        default:
          continue;
      }
      if (!other.inDecidersScope()) {
        return new Refused(
            SHARE_OUTSIDE_SCOPE,
            "Claim "
                + other.id()
                + " belongs to a partner outside your scope; a brand admin shares this customer");
      }
    }
    if (consequences.isEmpty()) {
      return new Refused(
          NOTHING_TO_SHARE,
          "No other partner's claim under review, on hold or approved to share with");
    }
    return new Accepted(RegistrationStatus.APPROVED, true, consequences);
  }
}
