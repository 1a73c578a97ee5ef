package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectionPeriodTest {

  @Test
  void ninetyDaysByDefaultTheDayOfApprovalIncluded() {
    assertThat(ProtectionPeriod.DEFAULT.days()).isEqualTo(90);
    assertThat(ProtectionPeriod.DEFAULT.protectedUntil(LocalDate.of(2026, 3, 1)))
        .isEqualTo(LocalDate.of(2026, 5, 29));
  }

  @ParameterizedTest
  @CsvSource({"1, 2026-03-01", "30, 2026-03-30", "365, 2027-02-28"})
  void configurableInDays(int days, LocalDate until) {
    assertThat(new ProtectionPeriod(days).protectedUntil(LocalDate.of(2026, 3, 1)))
        .isEqualTo(until);
  }

  @Test
  void aLeapDayCountsLikeAnyOther() {
    assertThat(new ProtectionPeriod(2).protectedUntil(LocalDate.of(2028, 2, 28)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void protectionHoldsThroughItsLastDay() {
    var until = LocalDate.of(2026, 5, 29);

    assertThat(ProtectionPeriod.holds(until, until.minusDays(1))).isTrue();
    assertThat(ProtectionPeriod.holds(until, until)).isTrue();
    assertThat(ProtectionPeriod.holds(until, until.plusDays(1))).isFalse();
  }

  @Test
  void atLeastADay() {
    assertThatThrownBy(() -> new ProtectionPeriod(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
