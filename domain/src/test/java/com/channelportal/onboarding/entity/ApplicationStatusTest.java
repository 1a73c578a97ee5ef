package com.channelportal.onboarding.entity;

import static com.channelportal.onboarding.entity.ApplicationStatus.APPROVED;
import static com.channelportal.onboarding.entity.ApplicationStatus.REJECTED;
import static com.channelportal.onboarding.entity.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationStatusTest {

  @Test
  void aSubmittedApplicationIsApprovedOrRejected() {
    assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(APPROVED, REJECTED);
    assertThat(SUBMITTED.isFinal()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(names = {"APPROVED", "REJECTED"})
  void aDecisionIsFinal(ApplicationStatus decided) {
    assertThat(decided.isFinal()).isTrue();
    for (var target : ApplicationStatus.values()) {
      assertThat(decided.canBecome(target)).as("%s to %s", decided, target).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SUBMITTED, SUBMITTED, false",
    "SUBMITTED, APPROVED, true",
    "SUBMITTED, REJECTED, true",
    "APPROVED, REJECTED, false",
    "REJECTED, APPROVED, false",
    "REJECTED, SUBMITTED, false"
  })
  void transitions(ApplicationStatus from, ApplicationStatus to, boolean allowed) {
    assertThat(from.canBecome(to)).isEqualTo(allowed);
  }
}
