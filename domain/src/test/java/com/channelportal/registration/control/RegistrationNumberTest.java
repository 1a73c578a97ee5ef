package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

  @Test
  void yearAndSixDigitSequence() {
    assertThat(RegistrationNumber.of(2026, 123)).isEqualTo("DR-2026-000123");
    assertThat(RegistrationNumber.of(2026, 1)).isEqualTo("DR-2026-000001");
  }

  @Test
  void theMillionthNumberGrowsADigit() {
    assertThat(RegistrationNumber.of(2026, 1_000_000)).isEqualTo("DR-2026-1000000");
    assertThat(RegistrationNumber.FORMAT.matcher("DR-2026-1000000").matches()).isTrue();
  }

  @Test
  void numbersMatchTheirFormat() {
    assertThat(RegistrationNumber.FORMAT.matcher(RegistrationNumber.of(2031, 42)).matches())
        .isTrue();
    assertThat(RegistrationNumber.FORMAT.matcher("DR-26-000042").matches()).isFalse();
  }

  @Test
  void sequencesStartAtOne() {
    assertThatThrownBy(() -> RegistrationNumber.of(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegistrationNumber.of(99, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
