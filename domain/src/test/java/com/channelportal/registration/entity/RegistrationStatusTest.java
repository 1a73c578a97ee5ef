package com.channelportal.registration.entity;

import static com.channelportal.registration.entity.RegistrationStatus.APPEALED;
import static com.channelportal.registration.entity.RegistrationStatus.APPROVED;
import static com.channelportal.registration.entity.RegistrationStatus.DRAFT;
import static com.channelportal.registration.entity.RegistrationStatus.EXPIRED;
import static com.channelportal.registration.entity.RegistrationStatus.INFORMATION_REQUESTED;
import static com.channelportal.registration.entity.RegistrationStatus.LOST;
import static com.channelportal.registration.entity.RegistrationStatus.ON_HOLD;
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
      Map.ofEntries(
          Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
          Map.entry(SUBMITTED, EnumSet.of(UNDER_REVIEW, APPROVED, WITHDRAWN)),
          Map.entry(
              UNDER_REVIEW,
              EnumSet.of(APPROVED, REJECTED, ON_HOLD, INFORMATION_REQUESTED, WITHDRAWN)),
          Map.entry(ON_HOLD, EnumSet.of(APPROVED, REJECTED, INFORMATION_REQUESTED, WITHDRAWN)),
          Map.entry(INFORMATION_REQUESTED, EnumSet.of(SUBMITTED, ON_HOLD, WITHDRAWN)),
          Map.entry(APPROVED, EnumSet.of(EXPIRED, WON, LOST, WITHDRAWN)),
          Map.entry(REJECTED, EnumSet.of(APPEALED)),
          Map.entry(APPEALED, EnumSet.of(REJECTED, UNDER_REVIEW, WITHDRAWN)),
          Map.entry(WITHDRAWN, EnumSet.noneOf(RegistrationStatus.class)),
          Map.entry(EXPIRED, EnumSet.noneOf(RegistrationStatus.class)),
          Map.entry(WON, EnumSet.noneOf(RegistrationStatus.class)),
          Map.entry(LOST, EnumSet.noneOf(RegistrationStatus.class)));

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
  @EnumSource(names = {"WITHDRAWN", "EXPIRED", "WON", "LOST"})
  void withdrawnAndClosedAreFinal(RegistrationStatus status) {
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
  void pendingAndApprovedClaimsHoldAClaim() {
    var claims =
        Stream.of(RegistrationStatus.values()).filter(RegistrationStatus::isClaim).toList();

    assertThat(claims)
        .containsExactly(
            SUBMITTED, UNDER_REVIEW, ON_HOLD, INFORMATION_REQUESTED, APPROVED, APPEALED);
    assertThat(RegistrationStatus.claims()).containsExactlyInAnyOrderElementsOf(claims);
  }

  @Test
  void everyStatusIsListed() {
    assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(RegistrationStatus.values());
    assertThat(List.of(RegistrationStatus.values())).hasSize(12);
  }

  @Test
  void aRejectionLeadsOnlyToItsAppealAndOnlyReviewsAndAppealsAwaitTheBrand() {
    assertThat(REJECTED.isFinal()).isFalse();
    assertThat(REJECTED.next()).containsExactly(APPEALED);
    assertThat(Stream.of(RegistrationStatus.values()).filter(RegistrationStatus::isAwaitingBrand))
        .containsExactly(UNDER_REVIEW, APPEALED);
  }
}
