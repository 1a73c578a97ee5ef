package com.channelportal.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.registration.entity.RegistrationEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NotificationKindTest {

  @Test
  void everyRegistrationEventHasAKindOfTheSameName() {
    for (var event : RegistrationEvent.Kind.values()) {
      assertThat(NotificationKind.of(event).name()).isEqualTo(event.name());
    }
  }

  @Test
  void everyKindFitsItsColumn() {
    assertThat(Arrays.stream(NotificationKind.values()).map(Enum::name))
        .allSatisfy(
            name -> assertThat(name.length()).isLessThanOrEqualTo(NotificationKind.MAX_LENGTH));
  }
}
