package com.channelportal.lifecycle.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.registration.boundary.RegistrationSettingsFixture;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Expiry follows the brand's calendar (Asia/Shanghai, UTC+8), not UTC: protection through
 * 2026-05-30 ends at midnight in Shanghai, which is 16:00 UTC on the 30th.
 */
class ExpiryDayTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 30);

  @Test
  void theLastProtectedDayItselfIsStillProtected() {
    assertThat(dueAt("2026-05-30T15:59:59.999999Z")).isFalse();
  }

  @Test
  void protectionEndsAtMidnightInShanghai() {
    assertThat(dueAt("2026-05-30T16:00:00Z")).isTrue();
  }

  @Test
  void theUtcDateDoesNotDecide() {
    // still the 30th in UTC, already the 31st in Shanghai
    assertThat(dueAt("2026-05-30T20:00:00Z")).isTrue();
    // already the 30th in UTC and in Shanghai: protected
    assertThat(dueAt("2026-05-30T00:30:00Z")).isFalse();
  }

  @Test
  void inUtcTheSameClaimWouldLastEightHoursLonger() {
    assertThat(dueAt("2026-05-30T20:00:00Z", "UTC")).isFalse();
  }

  @Test
  void onlyApprovedRegistrationsExpire() {
    var draft = new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", created());

    assertThat(ProtectionExpiry.due(draft, LAST_DAY.plusDays(1))).isFalse();
  }

  private static boolean dueAt(String instant) {
    return dueAt(instant, "Asia/Shanghai");
  }

  /** The job's day is the settings' day of the job's "now"; both come from the same clock. */
  private static boolean dueAt(String instant, String zone) {
    var clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    var settings = RegistrationSettingsFixture.of(clock, zone);
    var today = settings.dayOf(LocalDateTime.now(clock));
    assertThat(today).isEqualTo(settings.today());
    return ProtectionExpiry.due(approved(), today);
  }

  private static LocalDateTime created() {
    return LocalDateTime.of(2026, 3, 1, 2, 0);
  }

  private static Registration approved() {
    var registration =
        new Registration(1L, "litai", RegistrationForm.EMPTY, "litai.user", created());
    registration.submit("DR-2026-000001", 7L, created(), "litai.user");
    registration.approve(LAST_DAY, created(), "system", null);
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
    return registration;
  }
}
