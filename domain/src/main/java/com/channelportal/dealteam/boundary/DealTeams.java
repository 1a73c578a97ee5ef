package com.channelportal.dealteam.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.dealteam.control.Side;
import com.channelportal.dealteam.control.TeamRules;
import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.dealteam.entity.TeamMember;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.identity.entity.Caller;
import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.Notice;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.Registration;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who works on a deal. The submitter is on the team from the start, as its partner rep: the row is
 * written the first time anyone opens the team or its tasks, which also covers deals submitted
 * before teams existed. The submitter stays: they speak for the registration.
 */
@Stateless
public class DealTeams {

  public static final String SUBJECT = "deal-team-member";
  public static final String SUBMITTER_STAYS = "team.SUBMITTER_STAYS";
  public static final String HAS_OPEN_TASKS = "team.HAS_OPEN_TASKS";

  /** Every code a {@link RuleViolation} from the team and task boundaries carries. */
  public static final List<String> RULE_CODES =
      List.of(SUBMITTER_STAYS, HAS_OPEN_TASKS, Deals.CLOSED);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Deals deals;

  @Inject DealReaders readers;

  @Inject AuditLog audit;

  @Inject Event<Notice> notices;

  public List<TeamMember> members(Caller caller, long registrationId) {
    var deal = deals.readable(caller, registrationId);
    return members(deal);
  }

  /**
   * The team of a deal, submitter included, for a boundary that has already checked the caller may
   * read it ({@link Deals} hands out no other registrations).
   */
  public List<TeamMember> members(Registration deal) {
    withSubmitter(deal);
    return em.createQuery(
            "select m from TeamMember m where m.registrationId = :id order by m.id",
            TeamMember.class)
        .setParameter("id", deal.getId())
        .getResultList();
  }

  Set<String> usernames(Registration deal) {
    return members(deal).stream().map(TeamMember::getUsername).collect(Collectors.toSet());
  }

  public TeamMember add(
      Caller caller, long registrationId, @Nullable String username, @Nullable DealRole role) {
    var deal = deals.writable(caller, registrationId);
    var name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    var missing = new ArrayList<FieldProblem>();
    if (name.isEmpty()) {
      missing.add(
          new FieldProblem(TeamRules.USERNAME, "username.REQUIRED", "username: is required"));
    }
    if (role == null) {
      missing.add(new FieldProblem(TeamRules.ROLE, "role.REQUIRED", "role: is required"));
    }
    if (!missing.isEmpty()) {
      throw Invalid.fields(missing);
    }
    if (usernames(deal).contains(name)) {
      throw Invalid.fields(
          List.of(
              new FieldProblem(TeamRules.USERNAME, TeamRules.ALREADY, "username: already on it")));
    }
    var side = readers.side(deal, name);
    var problem = TeamRules.mayAdd(caller, side, role);
    if (problem.isPresent()) {
      throw Invalid.fields(List.of(problem.get()));
    }
    var member =
        new TeamMember(registrationId, name, role, caller.username(), LocalDateTime.now(clock));
    em.persist(member);
    em.flush();
    audit.append(
        caller,
        "deal-team.added",
        SUBJECT,
        member.getId(),
        Map.of("registrationId", registrationId, "role", role.name()));
    notices.fire(
        new Notice(
            NotificationKind.TEAM_ADDED,
            registrationId,
            caller.username(),
            List.of(new Notice.Addressee(name, audienceOf(side))),
            "",
            false));
    return member;
  }

  /**
   * Takes someone off the team; anyone who may write the deal may, from either side, so that a
   * person who left a company does not stay on its deals. Someone with open tasks stays until they
   * are reassigned, so that no task is left with nobody, and the submitter always stays. Taking off
   * someone who is not (or no longer) on this team changes nothing: the outcome the caller wants
   * holds, and a second click is no error.
   *
   * @return whether someone was taken off
   */
  public boolean remove(Caller caller, long registrationId, long memberId) {
    var deal = deals.writable(caller, registrationId);
    var member = em.find(TeamMember.class, memberId);
    if (member == null || member.getRegistrationId() != registrationId) {
      return false;
    }
    if (member.getUsername().equals(deal.getSubmittedBy())) {
      throw new RuleViolation(SUBMITTER_STAYS, "The submitter stays on the deal team");
    }
    var open =
        em.createQuery(
                "select count(t) from DealTask t where t.registrationId = :id"
                    + " and t.assignee = :who and t.status = :open",
                Long.class)
            .setParameter("id", registrationId)
            .setParameter("who", member.getUsername())
            .setParameter("open", TaskStatus.OPEN)
            .getSingleResult();
    if (open > 0) {
      throw new RuleViolation(
          HAS_OPEN_TASKS, member.getUsername() + " has " + open + " open tasks on this deal");
    }
    em.remove(member);
    audit.append(
        caller, "deal-team.removed", SUBJECT, memberId, Map.of("registrationId", registrationId));
    return true;
  }

  static Audience audienceOf(Side side) {
    return side == Side.BRAND ? Audience.BRAND : Audience.PARTNER;
  }

  static Audience audienceOf(DealRole role) {
    return role.isBrand() ? Audience.BRAND : Audience.PARTNER;
  }

  private void withSubmitter(Registration deal) {
    var submitter = deal.getSubmittedBy();
    if (submitter == null) {
      return;
    }
    // INSERT IGNORE: two first readers at once must not fail on the unique key
    em.createNativeQuery(
            "INSERT IGNORE INTO deal_team_member"
                + " (registration_id, username, deal_role, added_by, added_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, deal.getId())
        .setParameter(2, submitter)
        .setParameter(3, DealRole.PARTNER_REP.name())
        .setParameter(4, submitter)
        .setParameter(5, deal.getSubmittedAt())
        .executeUpdate();
  }
}
