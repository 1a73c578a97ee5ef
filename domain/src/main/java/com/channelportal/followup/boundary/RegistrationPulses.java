package com.channelportal.followup.boundary;

import com.channelportal.followup.entity.DealFollowUp;
import com.channelportal.registration.boundary.DealLiveliness;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The inactive flag for registration lists, by the rule and setting {@link DealInactivity} tells
 * the channel manager by: the condition is the query's form of {@code Inactivity#isInactive}
 * (approved before the cutoff, no shared activity since), answered from {@code deal_follow_up}'s
 * primary key per registration. Called from the registration EJBs, whose module resolves the entity
 * manager.
 */
@ApplicationScoped
public class RegistrationPulses implements DealLiveliness {

  private static final String INACTIVE =
      "(r.status = :inactiveApproved and r.decidedAt < :inactiveCutoff and not exists ("
          + "select f from DealFollowUp f where f.registrationId = r.id"
          + " and f.lastActivityAt >= :inactiveCutoff))";

  @PersistenceContext EntityManager em;

  @Inject FollowUpSettings settings;

  @Override
  public Condition inactive(LocalDateTime nowUtc) {
    return new Condition(
        INACTIVE,
        Map.of(
            "inactiveApproved",
            RegistrationStatus.APPROVED,
            "inactiveCutoff",
            settings.inactivity().activeSince(nowUtc)));
  }

  @Override
  public Map<Long, Pulse> of(Collection<Registration> registrations, LocalDateTime nowUtc) {
    if (registrations.isEmpty()) {
      return Map.of();
    }
    var ids = registrations.stream().map(Registration::getId).toList();
    var last = new HashMap<Long, LocalDateTime>();
    em.createQuery(
            "select f from DealFollowUp f where f.registrationId in :ids", DealFollowUp.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(f -> last.put(f.getRegistrationId(), f.getLastActivityAt()));
    var rule = settings.inactivity();
    var pulses = new HashMap<Long, Pulse>();
    for (var r : registrations) {
      var lastActivity = last.get(r.getId());
      var inactive =
          r.getStatus() == RegistrationStatus.APPROVED
              && r.getDecidedAt() != null
              && rule.isInactive(lastActivity, r.getDecidedAt(), nowUtc);
      pulses.put(r.getId(), new Pulse(lastActivity, inactive));
    }
    return pulses;
  }
}
