package com.channelportal.notification.boundary;

import com.channelportal.notification.control.DispatchFacts;
import com.channelportal.notification.entity.Dispatch;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/** Writes each registration event down for dispatch, and starts the dispatch once it commits. */
@ApplicationScoped
public class NotificationRecorder {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Delivery delivery;

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) RegistrationEvent event) {
    var registration = em.find(Registration.class, event.registrationId());
    var company = em.find(PartnerCompany.class, event.partnerCompanyId());
    var facts =
        new DispatchFacts(
            registration.getNumber(),
            Objects.toString(registration.getCustomer().getName(), ""),
            company.getName(),
            registration.getOrganizationAlias(),
            registration.getSubmittedBy(),
            registration.getCreatedBy(),
            company.getChannelManager(),
            registration.getProtectedUntil());
    em.persist(
        new Dispatch(
            NotificationKind.of(event.kind()),
            event.registrationId(),
            event.partnerCompanyId(),
            event.actor(),
            facts.toJson(),
            LocalDateTime.now(clock)));
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationEvent event) {
    delivery.deliverSoon();
  }
}
