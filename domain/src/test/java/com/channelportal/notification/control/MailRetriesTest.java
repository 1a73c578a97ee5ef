package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class MailRetriesTest {

  @Test
  void thePausesDoubleUpToAnHourAndEndAfterTheLastAttempt() {
    var pauses = new ArrayList<Long>();
    for (int failed = 1; failed < MailRetries.MAX_ATTEMPTS; failed++) {
      pauses.add(MailRetries.pauseAfter(failed).orElseThrow().toMinutes());
    }
    assertThat(pauses).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
    assertThat(MailRetries.pauseAfter(MailRetries.MAX_ATTEMPTS)).isEmpty();
    assertThat(MailRetries.pauseAfter(100)).isEmpty();
  }

  @Test
  void aboutTwoHoursInAll() {
    var total = Duration.ZERO;
    for (int failed = 1; failed < MailRetries.MAX_ATTEMPTS; failed++) {
      total = total.plus(MailRetries.pauseAfter(failed).orElseThrow());
    }
    assertThat(total).isEqualTo(Duration.ofMinutes(123));
  }

  @Test
  void beforeAFailureThereIsNoPause() {
    assertThatThrownBy(() -> MailRetries.pauseAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
