package com.channelportal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets one delivery run at a time on this node, and makes sure a request that arrives during a run
 * is served by that run or a next one.
 *
 * <p>Every committed change asks for a delivery. Without the gate, each request started a run of
 * its own over the same waiting dispatches: under load a dozen runs locked the same dispatch rows
 * in turn, each waiting for the one before to commit, and held the threads and connections that
 * submissions needed (measured in docs/benchmarks.md, "Submission throughput").
 */
@ApplicationScoped
public class DeliveryGate {

  private final AtomicBoolean requested = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * Runs {@code delivery} until no request is left, unless another thread is running it already;
   * that thread then sees this request and runs once more.
   */
  public void request(Runnable delivery) {
    requested.set(true);
    // re-checked after each run: a request that came while the runner was leaving is not lost
    while (requested.get() && running.compareAndSet(false, true)) {
      try {
        while (requested.getAndSet(false)) {
          delivery.run();
        }
      } finally {
        running.set(false);
      }
    }
  }
}
