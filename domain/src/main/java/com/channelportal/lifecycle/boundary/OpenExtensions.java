package com.channelportal.lifecycle.boundary;

import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.registration.entity.RegistrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Closes the open extension request of a registration whose protection ended (expired, won, lost or
 * withdrawn), in the transaction that ended it: nothing is left to decide, and a channel manager's
 * queue holds only requests that can still be approved.
 */
@ApplicationScoped
public class OpenExtensions {

  private static final Set<RegistrationEvent.Kind> ENDS =
      EnumSet.of(
          RegistrationEvent.Kind.EXPIRED,
          RegistrationEvent.Kind.WON,
          RegistrationEvent.Kind.LOST,
          RegistrationEvent.Kind.WITHDRAWN);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  void protectionEnded(@Observes RegistrationEvent event) {
    if (!ENDS.contains(event.kind())) {
      return;
    }
    em.createQuery(
            "select e from ProtectionExtension e where e.registrationId = :id and e.status = :open",
            ProtectionExtension.class)
        .setParameter("id", event.registrationId())
        .setParameter("open", ExtensionStatus.OPEN)
        .getResultStream()
        .forEach(e -> e.lapse(LocalDateTime.now(clock)));
  }
}
