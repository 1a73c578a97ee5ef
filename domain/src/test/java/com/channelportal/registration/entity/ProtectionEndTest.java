package com.channelportal.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The end of an approved registration's protection: extended, expired, won or lost. */
class ProtectionEndTest {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 1, 2, 0);
  private static final LocalDate END = LocalDate.of(2026, 5, 30);

  @Test
  void anExtensionMovesTheEndAndKeepsTheStatus() {
    var registration = approved();

    registration.extendProtection(END.plusDays(30), CREATED.plusDays(80));

    assertThat(registration.getProtectedUntil()).isEqualTo(END.plusDays(30));
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registration.getUpdatedAt()).isEqualTo(CREATED.plusDays(80));
    assertThat(registration.isClaimOn(END.plusDays(30))).isTrue();
  }

  @Test
  void anExtensionNeverShortens() {
    var registration = approved();

    assertThatThrownBy(() -> registration.extendProtection(END, CREATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAnApprovedRegistrationIsExtended() {
    var registration = approved();
    registration.close(RegistrationStatus.EXPIRED, CREATED.plusDays(91), "system");

    assertThatThrownBy(() -> registration.extendProtection(END.plusDays(1), CREATED))
        .isInstanceOf(IllegalStateException.class);
    assertThat(registration.getHistory().get(registration.getHistory().size() - 1).getBy())
        .isEqualTo("system");
    assertThat(registration.isClaimOn(END)).isFalse();
  }

  private static Registration approved() {
    var registration = new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", CREATED);
    registration.submit("DR-2026-000001", 7L, CREATED, "litai.user");
    registration.approve(END, CREATED, "system", null);
    return registration;
  }
}
