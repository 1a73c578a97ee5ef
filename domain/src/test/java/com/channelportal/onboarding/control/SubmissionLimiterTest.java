package com.channelportal.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.channelportal.onboarding.control.SubmissionLimiter.Admission;
import com.channelportal.onboarding.control.SubmissionLimiter.Limits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T08:00:00Z"));

  private final SubmissionLimiter limiter = new SubmissionLimiter(clock, Limits.DEFAULT);

  @Test
  void threeInTenMinutesThenWaitForTheOldestToLeave() {
    assertThat(limiter.admit("10.0.0.1")).isEqualTo(Admission.ALLOWED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.admit("10.0.0.1")).isEqualTo(Admission.ALLOWED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.admit("10.0.0.1")).isEqualTo(Admission.ALLOWED);
    clock.advance(Duration.ofMinutes(1));

    assertThat(limiter.admit("10.0.0.1")).isEqualTo(refused(Duration.ofMinutes(7)));

    clock.advance(Duration.ofMinutes(7).minusNanos(1));
    assertThat(limiter.admit("10.0.0.1")).isEqualTo(refused(Duration.ofNanos(1)));
    clock.advance(Duration.ofNanos(1));
    assertThat(limiter.admit("10.0.0.1")).isEqualTo(Admission.ALLOWED);
  }

  @Test
  void refusedAttemptsDoNotPushTheWaitFurther() {
    for (int i = 0; i < 3; i++) {
      limiter.admit("k");
    }
    for (int i = 0; i < 9; i++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(limiter.admit("k")).isInstanceOf(Admission.Refused.class);
    }
    clock.advance(Duration.ofMinutes(1));

    assertThat(limiter.admit("k")).isEqualTo(Admission.ALLOWED);
  }

  @Test
  void tenADayEvenWhenSpacedOut() {
    var start = clock.instant();
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.admit("k")).isEqualTo(Admission.ALLOWED);
      clock.advance(Duration.ofMinutes(30));
    }

    var refusal = limiter.admit("k");

    assertThat(refusal)
        .isEqualTo(refused(Duration.between(clock.instant(), start.plus(Duration.ofDays(1)))));
    clock.set(start.plus(Duration.ofDays(1)));
    assertThat(limiter.admit("k")).isEqualTo(Admission.ALLOWED);
  }

  @Test
  void theLongerWaitWinsWhenTwoLimitsApply() {
    var limits =
        new Limits(2, Duration.ofMinutes(10), 2, Duration.ofHours(1), 100, Duration.ofHours(1));
    var strict = new SubmissionLimiter(clock, limits);
    strict.admit("k");
    strict.admit("k");

    assertThat(strict.admit("k")).isEqualTo(refused(Duration.ofHours(1)));
  }

  @Test
  void clientsAreCountedApart() {
    for (int i = 0; i < 3; i++) {
      limiter.admit("10.0.0.1");
    }

    assertThat(limiter.admit("10.0.0.1")).isInstanceOf(Admission.Refused.class);
    assertThat(limiter.admit("10.0.0.2")).isEqualTo(Admission.ALLOWED);
  }

  @Test
  void aHundredAnHourFromEverybodyTogether() {
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.admit("client-" + i)).isEqualTo(Admission.ALLOWED);
      clock.advance(Duration.ofSeconds(30));
    }

    assertThat(limiter.admit("a-new-client")).isEqualTo(refused(Duration.ofMinutes(10)));
  }

  @Test
  void clientsWithNothingLeftInAnyWindowAreForgotten() {
    for (int i = 0; i < 50; i++) {
      limiter.admit("client-" + i);
    }
    assertThat(limiter.clients()).isEqualTo(50);

    clock.advance(Duration.ofDays(1));
    limiter.admit("late");

    assertThat(limiter.clients()).isEqualTo(1);
  }

  @Test
  void manyClientsCannotGrowMemoryBeyondTheGlobalLimit() {
    for (int i = 0; i < 100_000; i++) {
      limiter.admit("attacker-" + i);
    }

    assertThat(limiter.clients()).isEqualTo(100);
  }

  @Test
  void concurrentCallersNeverExceedTheLimit() throws Exception {
    var admitted = new AtomicInteger();
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(8);
    try {
      var tasks = new ArrayList<Callable<Void>>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        tasks.add(
            () -> {
              start.await();
              for (int i = 0; i < 1000; i++) {
                if (limiter.admit("t" + thread + "-" + i) == Admission.ALLOWED) {
                  admitted.incrementAndGet();
                }
              }
              return null;
            });
      }
      var futures = tasks.stream().map(pool::submit).toList();
      start.countDown();
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(admitted).hasValue(100);
  }

  @Test
  void limitsAndWindowsArePositive() {
    var ten = Duration.ofMinutes(10);
    assertThatIllegalArgumentException().isThrownBy(() -> new Limits(0, ten, 10, ten, 100, ten));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Limits(3, Duration.ZERO, 10, ten, 100, ten));
  }

  private static Admission refused(Duration retryAfter) {
    return new Admission.Refused(retryAfter);
  }

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {

    private volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
