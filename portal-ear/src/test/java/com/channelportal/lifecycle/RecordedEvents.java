package com.channelportal.lifecycle;

import com.channelportal.registration.entity.RegistrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The registration events that committed in the IT's archive, as a notification would see them. */
@ApplicationScoped
public class RecordedEvents {

  private final List<RegistrationEvent> events = new CopyOnWriteArrayList<>();

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationEvent event) {
    events.add(event);
  }

  public List<RegistrationEvent.Kind> of(long registrationId) {
    return events.stream()
        .filter(e -> e.registrationId() == registrationId)
        .map(RegistrationEvent::kind)
        .toList();
  }
}
