package com.channelportal.notification.control;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.notification.entity.Recipient;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who hears of what. The partner side (the registration's submitter and its company's admins) hears
 * of everything decided about its claim; the brand side hears of what waits for it: the channel
 * manager assigned to the partner company, or the brand admins when nobody is assigned (else a
 * review would wait unseen). Escalations and appeals also go to the brand admins, who own the
 * service level and decide appeals.
 *
 * <p>Whoever caused an event is not told of it, except for the receipts of a submission: the
 * submitter is told it arrived and what became of it.
 */
public final class Recipients {

  /** A group of people, as the rule names them before the directory knows who they are. */
  public sealed interface Who permits Person, CompanyAdmins, BrandAdmins {}

  public record Person(String username, Audience audience) implements Who {}

  /** The enabled partner admins of the company with this organization alias. */
  public record CompanyAdmins(String organizationAlias) implements Who {}

  public record BrandAdmins() implements Who {}

  private static final Set<NotificationKind> TO_PARTNER =
      EnumSet.of(
          NotificationKind.APPROVED_AUTOMATICALLY,
          NotificationKind.SENT_TO_REVIEW,
          NotificationKind.APPROVED,
          NotificationKind.REJECTED,
          NotificationKind.SHARED,
          NotificationKind.PUT_ON_HOLD,
          NotificationKind.INFORMATION_REQUESTED,
          NotificationKind.APPEAL_DECIDED,
          NotificationKind.EXPIRY_REMINDER,
          NotificationKind.EXPIRED,
          NotificationKind.EXTENSION_DECIDED);

  private static final Set<NotificationKind> TO_REVIEWER =
      EnumSet.of(
          NotificationKind.SENT_TO_REVIEW,
          NotificationKind.RESUBMITTED,
          NotificationKind.APPEALED,
          NotificationKind.ESCALATED,
          NotificationKind.EXTENSION_REQUESTED,
          // another manager's approval may hold this partner's claim: its own manager must know
          NotificationKind.PUT_ON_HOLD,
          NotificationKind.DEAL_INACTIVE);

  private static final Set<NotificationKind> TO_BRAND_ADMINS =
      EnumSet.of(NotificationKind.APPEALED, NotificationKind.ESCALATED);

  /** Endings of a submitted claim: the manager's pipeline changes, nobody else needs to hear. */
  private static final Set<NotificationKind> CLOSING =
      EnumSet.of(NotificationKind.WITHDRAWN, NotificationKind.WON, NotificationKind.LOST);

  /** Told to named people on either side (see {@code Notice}). */
  private static final Set<NotificationKind> PERSONAL =
      EnumSet.of(
          NotificationKind.TEAM_ADDED,
          NotificationKind.TASK_ASSIGNED,
          NotificationKind.TASK_DUE_SOON,
          NotificationKind.TASK_OVERDUE,
          NotificationKind.MENTIONED);

  private static final Set<NotificationKind> RECEIPTS =
      EnumSet.of(NotificationKind.APPROVED_AUTOMATICALLY, NotificationKind.SENT_TO_REVIEW);

  private Recipients() {}

  /** The groups to tell, in order of precedence: a person in two groups is told as the first. */
  public static List<Who> of(NotificationKind kind, DispatchFacts facts) {
    var who = new LinkedHashSet<Who>();
    if (TO_PARTNER.contains(kind)) {
      who.add(new Person(facts.owner(), Audience.PARTNER));
      who.add(new CompanyAdmins(facts.organizationAlias()));
    }
    if (TO_REVIEWER.contains(kind) || (CLOSING.contains(kind) && facts.submitted())) {
      who.add(reviewer(facts));
    }
    if (TO_BRAND_ADMINS.contains(kind)) {
      who.add(new BrandAdmins());
    }
    return List.copyOf(who);
  }

  /** The kinds someone on this side of the channel can receive, for their e-mail preferences. */
  public static Set<NotificationKind> kindsFor(Audience audience) {
    if (audience == Audience.PARTNER) {
      var kinds = EnumSet.copyOf(TO_PARTNER);
      kinds.addAll(PERSONAL);
      return kinds;
    }
    var kinds = EnumSet.copyOf(TO_REVIEWER);
    kinds.addAll(CLOSING);
    kinds.addAll(PERSONAL);
    return kinds;
  }

  /**
   * The people to tell, once each (as the first group that named them), without the one who caused
   * the event unless it is a receipt.
   *
   * @param resolved the people of the groups of {@link #of}, in that order
   */
  public static List<Recipient> select(
      NotificationKind kind, String actor, List<Recipient> resolved) {
    var bySubject = new LinkedHashMap<String, Recipient>();
    resolved.forEach(r -> bySubject.putIfAbsent(r.subject(), r));
    var selected = new ArrayList<Recipient>();
    for (var recipient : bySubject.values()) {
      if (RECEIPTS.contains(kind) || !recipient.username().equals(actor)) {
        selected.add(recipient);
      }
    }
    return selected;
  }

  private static Who reviewer(DispatchFacts facts) {
    return facts.channelManager() == null
        ? new BrandAdmins()
        : new Person(facts.channelManager(), Audience.BRAND);
  }
}
