package com.channelportal.notification.boundary;

import com.channelportal.notification.control.DispatchFacts;
import com.channelportal.notification.control.PersonalFacts;
import com.channelportal.notification.entity.Dispatch;
import com.channelportal.notification.entity.Notice;
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

/**
 * Writes each registration event and each personal notice down for dispatch, and starts the
 * dispatch once it commits.
 */
@ApplicationScoped
public class NotificationRecorder {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Delivery delivery;

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) RegistrationEvent event) {
    em.persist(
        new Dispatch(
            NotificationKind.of(event.kind()),
            event.registrationId(),
            event.partnerCompanyId(),
            event.actor(),
            facts(event.registrationId()).toJson(),
            LocalDateTime.now(clock)));
  }

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) Notice notice) {
    var registration = em.find(Registration.class, notice.registrationId());
    em.persist(
        new Dispatch(
            notice.kind(),
            notice.registrationId(),
            registration.getPartnerCompanyId(),
            notice.actor(),
            PersonalFacts.toJson(facts(notice.registrationId()), notice),
            LocalDateTime.now(clock)));
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
    delivery.deliverSoon();
  }

  private DispatchFacts facts(long registrationId) {
    var registration = em.find(Registration.class, registrationId);
    var company = em.find(PartnerCompany.class, registration.getPartnerCompanyId());
    return new DispatchFacts(
        registration.getNumber(),
        Objects.toString(registration.getCustomer().getName(), ""),
        company.getName(),
        registration.getOrganizationAlias(),
        registration.getSubmittedBy(),
        registration.getCreatedBy(),
        company.getChannelManager(),
        registration.getProtectedUntil());
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationEvent event) {
    delivery.deliverSoon();
  }
}
