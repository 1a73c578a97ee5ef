package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeliveryGateTest {

  private final DeliveryGate gate = new DeliveryGate();

  @Test
  void aLoneRequestRunsOnce() {
    var runs = new AtomicInteger();
    gate.request(runs::incrementAndGet);
    gate.request(runs::incrementAndGet);
    assertThat(runs).hasValue(2);
  }

  @Test
  void aRequestDuringARunIsServedByTheRunningThreadAfterwards() throws Exception {
    var inRun = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var runs = new AtomicInteger();
    Runnable delivery =
        () -> {
          if (runs.incrementAndGet() == 1) {
            inRun.countDown();
            await(release);
          }
        };
    var pool = Executors.newSingleThreadExecutor();
    try {
      var first = pool.submit(() -> gate.request(delivery));
      assertThat(inRun.await(10, TimeUnit.SECONDS)).isTrue();
      // returns at once: the running thread takes the request over
      gate.request(delivery);
      assertThat(runs).hasValue(1);
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      assertThat(runs).hasValue(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void runsNeverOverlapAndEveryRequestIsFollowedByARun() throws Exception {
    var active = new AtomicInteger();
    var overlaps = new AtomicInteger();
    var lastRunStart = new AtomicLong();
    var ticket = new AtomicLong();
    Runnable delivery =
        () -> {
          if (active.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          lastRunStart.set(ticket.incrementAndGet());
          Thread.onSpinWait();
          active.decrementAndGet();
        };
    var pool = Executors.newFixedThreadPool(8);
    try {
      var futures = new ArrayList<Future<?>>();
      var lastRequest = new AtomicLong();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    lastRequest.set(ticket.incrementAndGet());
                    gate.request(delivery);
                  }
                }));
      }
      for (var future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
      assertThat(overlaps).hasValue(0);
      // the last request of all was answered by a run that started after it
      assertThat(lastRunStart.get()).isGreaterThan(lastRequest.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
