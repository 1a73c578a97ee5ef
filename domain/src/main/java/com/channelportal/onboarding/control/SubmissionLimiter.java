package com.channelportal.onboarding.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * How often the public application form may be used: sliding windows per client (e.g. the remote
 * address) and one for everybody, because the form needs no login and has no captcha.
 *
 * <p>Only admitted submissions are remembered, so a client that keeps knocking is not locked out
 * for longer, and memory stays bounded by the global limit: at most {@code global × ⌈perKeyLong
 * window / global window⌉} clients (2,400 with the defaults) with at most {@code max(perKey…)}
 * instants each. Clients whose newest submission left the longest window are dropped.
 *
 * <p>State lives in this object only, so each server node (and each application deployed on it)
 * counts on its own: behind a balancer with n nodes a client gets up to n times the limits.
 * Thread-safe; every call takes one lock for a few microseconds.
 */
public final class SubmissionLimiter {

  /**
   * @param perKeyShort submissions per client within {@code shortWindow}
   * @param perKeyLong submissions per client within {@code longWindow}
   * @param global submissions of all clients together within {@code globalWindow}
   */
  public record Limits(
      int perKeyShort,
      Duration shortWindow,
      int perKeyLong,
      Duration longWindow,
      int global,
      Duration globalWindow) {

    /** 3 per 10 minutes and 10 per day per client, 100 per hour in all. */
    public static final Limits DEFAULT =
        new Limits(3, Duration.ofMinutes(10), 10, Duration.ofDays(1), 100, Duration.ofHours(1));

    public Limits {
      if (perKeyShort < 1 || perKeyLong < 1 || global < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
      for (var window : new Duration[] {shortWindow, longWindow, globalWindow}) {
        if (window.isNegative() || window.isZero()) {
          throw new IllegalArgumentException("windows must be positive");
        }
      }
    }

    Duration longestKeyWindow() {
      return shortWindow.compareTo(longWindow) > 0 ? shortWindow : longWindow;
    }
  }

  /** Whether a submission may go ahead. */
  public sealed interface Admission {

    Admission ALLOWED = new Allowed();

    record Allowed() implements Admission {}

    /** Refused; the earliest moment another attempt can succeed is {@code retryAfter} from now. */
    record Refused(Duration retryAfter) implements Admission {}
  }

  private final Clock clock;
  private final Limits limits;
  private final Map<String, Deque<Instant>> byKey = new HashMap<>();
  private final Deque<Instant> all = new ArrayDeque<>();
  private Instant nextSweep = Instant.MIN;

  public SubmissionLimiter(Clock clock, Limits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Admits and counts one submission of {@code clientKey}, or says how long to wait. */
  public synchronized Admission admit(String clientKey) {
    Objects.requireNonNull(clientKey, "clientKey");
    var now = clock.instant();
    sweep(now);
    var mine = byKey.getOrDefault(clientKey, new ArrayDeque<>());
    forget(mine, now.minus(limits.longestKeyWindow()));
    forget(all, now.minus(limits.globalWindow()));
    var wait =
        max(
            waitFor(all, limits.global(), limits.globalWindow(), now),
            max(
                waitFor(mine, limits.perKeyShort(), limits.shortWindow(), now),
                waitFor(mine, limits.perKeyLong(), limits.longWindow(), now)));
    if (!wait.isZero()) {
      return new Admission.Refused(wait);
    }
    all.addLast(now);
    mine.addLast(now);
    byKey.put(clientKey, mine);
    return Admission.ALLOWED;
  }

  /** How many clients are remembered; for tests of the memory bound. */
  synchronized int clients() {
    return byKey.size();
  }

  /**
   * How long until fewer than {@code limit} of {@code instants} lie within {@code window}: the
   * instant that must leave the window is the one {@code limit} places before the newest.
   */
  private static Duration waitFor(
      Deque<Instant> instants, int limit, Duration window, Instant now) {
    var start = now.minus(window);
    var inWindow = instants.stream().filter(i -> i.isAfter(start)).toList();
    if (inWindow.size() < limit) {
      return Duration.ZERO;
    }
    var leaving = inWindow.get(inWindow.size() - limit);
    return Duration.between(now, leaving.plus(window));
  }

  /** Drops clients with nothing left in any window, at most once per short window. */
  private void sweep(Instant now) {
    if (now.isBefore(nextSweep)) {
      return;
    }
    var horizon = now.minus(limits.longestKeyWindow());
    for (Iterator<Deque<Instant>> it = byKey.values().iterator(); it.hasNext(); ) {
      var instants = it.next();
      forget(instants, horizon);
      if (instants.isEmpty()) {
        it.remove();
      }
    }
    nextSweep = now.plus(limits.shortWindow());
  }

  private static void forget(Deque<Instant> instants, Instant horizon) {
    while (!instants.isEmpty() && !instants.peekFirst().isAfter(horizon)) {
      instants.removeFirst();
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
