package com.channelportal.registration.entity;

import static com.channelportal.registration.entity.RegistrationStatus.APPROVED;
import static com.channelportal.registration.entity.RegistrationStatus.DRAFT;
import static com.channelportal.registration.entity.RegistrationStatus.EXPIRED;
import static com.channelportal.registration.entity.RegistrationStatus.LOST;
import static com.channelportal.registration.entity.RegistrationStatus.REJECTED;
import static com.channelportal.registration.entity.RegistrationStatus.SUBMITTED;
import static com.channelportal.registration.entity.RegistrationStatus.UNDER_REVIEW;
import static com.channelportal.registration.entity.RegistrationStatus.WITHDRAWN;
import static com.channelportal.registration.entity.RegistrationStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationStatusTest {

  /** The state machine of the issue, written out once more by hand. */
  private static final Map<RegistrationStatus, Set<RegistrationStatus>> LEGAL =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
          SUBMITTED, EnumSet.of(UNDER_REVIEW, APPROVED, WITHDRAWN),
          UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, WITHDRAWN),
          APPROVED, EnumSet.of(EXPIRED, WON, LOST, WITHDRAWN),
          REJECTED, EnumSet.noneOf(RegistrationStatus.class),
          WITHDRAWN, EnumSet.noneOf(RegistrationStatus.class),
          EXPIRED, EnumSet.noneOf(RegistrationStatus.class),
          WON, EnumSet.noneOf(RegistrationStatus.class),
          LOST, EnumSet.noneOf(RegistrationStatus.class));

  static Stream<Arguments> everyPair() {
    var pairs = new ArrayList<Arguments>();
    for (var from : RegistrationStatus.values()) {
      for (var to : RegistrationStatus.values()) {
        pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @MethodSource("everyPair")
  void everyTransitionIsLegalOrRefused(
      RegistrationStatus from, RegistrationStatus to, boolean legal) {
    assertThat(from.canBecome(to)).isEqualTo(legal);
  }

  @ParameterizedTest
  @EnumSource(names = {"REJECTED", "WITHDRAWN", "EXPIRED", "WON", "LOST"})
  void decidedAndClosedAreFinal(RegistrationStatus status) {
    assertThat(status.isFinal()).isTrue();
    assertThat(status.next()).isEmpty();
  }

  @Test
  void nothingGoesBackToADraftAndNothingSkipsTheStamp() {
    for (var status : RegistrationStatus.values()) {
      assertThat(status.canBecome(DRAFT)).as("%s to DRAFT", status).isFalse();
    }
    assertThat(DRAFT.canBecome(APPROVED)).isFalse();
    assertThat(DRAFT.canBecome(UNDER_REVIEW)).isFalse();
  }

  @Test
  void onlySubmittedUnderReviewAndApprovedHoldAClaim() {
    var claims =
        Stream.of(RegistrationStatus.values()).filter(RegistrationStatus::isClaim).toList();

    assertThat(claims).containsExactly(SUBMITTED, UNDER_REVIEW, APPROVED);
    assertThat(RegistrationStatus.claims()).containsExactlyInAnyOrderElementsOf(claims);
  }

  @Test
  void everyStatusIsListed() {
    assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(RegistrationStatus.values());
    assertThat(List.of(RegistrationStatus.values())).hasSize(9);
  }
}
