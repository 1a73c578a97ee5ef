package com.channelportal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.registration.ClaimFixtures;
import com.channelportal.scheduling.boundary.JobLeases;
import com.channelportal.scheduling.boundary.JobRuns;
import com.channelportal.scheduling.boundary.Scheduler;
import com.channelportal.scheduling.control.JobSlots;
import com.channelportal.stack.StackExtension;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduler's claim protocol on the real database: many nodes (threads, each with its own
 * transactions) claim one job's slot at the same moment and exactly one runs it; a failed run
 * leaves the slot due; a node whose lease ran out loses the slot to another and cannot commit it
 * any more. Each test has a job row of its own; time moves with {@link MovableClock}.
 */
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
class OnceOnlySchedulerIT {

  private static final Caller ADMIN =
      new Caller("s-it.admin", "it.admin", "IT", null, "brand", Set.of(Role.BRAND_ADMIN));

  /** A slot start, so that moving by whole slots lands on slot starts. */
  private static final Instant SLOT =
      new JobSlots(CountingJob.EVERY)
          .nextAfter(LocalDateTime.now(ZoneOffset.UTC))
          .toInstant(ZoneOffset.UTC);

  @Deployment
  static WebArchive deployment() {
    return archive("once-only-scheduler-it.war", OnceOnlySchedulerIT.class);
  }

  /** The IT archives of this package: the portal's timer off, the clock movable. */
  static WebArchive archive(String name, Class<?> test) {
    var libs =
        new File(System.getProperty("it.libs")).listFiles((dir, file) -> file.endsWith(".jar"));
    return ShrinkWrap.create(WebArchive.class, name)
        .addAsLibraries(libs)
        .addClasses(test, StackExtension.class, MovableClock.class, RecordedEvents.class)
        .addClasses(RenamedJob.class, CountingJob.class)
        .addClasses(ClaimFixtures.class, ClaimFixtures.Place.class)
        .addAsResource(
            new StringAsset("portal.scheduler.enabled=false\n"),
            "META-INF/microprofile-config.properties")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Scheduler scheduler;

  @Inject JobLeases leases;

  @Inject JobRuns runs;

  @Inject AuditLog audit;

  @Inject MovableClock clock;

  @Resource ManagedThreadFactory threads;

  @AfterEach
  void realTime() {
    clock.release();
  }

  @Test
  void ofManyNodesClaimingAtOnceExactlyOneRunsEachSlot() throws Exception {
    var job = new CountingJob(audit, 0);
    int slots = 4;
    int nodes = 8;
    for (int slot = 0; slot < slots; slot++) {
      clock.fixAt(SLOT.plus(CountingJob.EVERY.multipliedBy(slot)).plusSeconds(7));

      var ran = claimAtOnce(job, nodes);

      assertEquals(1, ran.stream().filter(Boolean::booleanValue).count(), () -> "ran: " + ran);
    }
    assertEquals(slots, job.calls(), "the job ran once per slot");
    assertEquals(slots, runsInTheDatabase(job), "and its work committed once per slot");
    var state = leases.state(job.name()).orElseThrow();
    assertAll(
        () -> assertNull(state.lockedBy(), "no lease is left behind"),
        () ->
            assertEquals(
                utc(SLOT.plus(CountingJob.EVERY.multipliedBy(slots))),
                state.nextRunAt(),
                "due at the next slot"));
  }

  @Test
  void aSlotThatRanIsNotDueAgainUntilTheNextOne() {
    var job = new CountingJob(audit, 0);
    clock.fixAt(SLOT.plusSeconds(1));
    assertTrue(scheduler.run(job, "node-a"));

    clock.fixAt(SLOT.plus(CountingJob.EVERY).minusNanos(1_000));
    assertFalse(scheduler.run(job, "node-b"), "the rest of the slot belongs to the run");

    clock.fixAt(SLOT.plus(CountingJob.EVERY));
    assertTrue(scheduler.run(job, "node-b"), "the next slot is due at its first microsecond");
    assertEquals(2, runsInTheDatabase(job));
  }

  @Test
  void aFailedRunRollsBackItsWorkAndLeavesTheSlotDue() {
    var job = new CountingJob(audit, 1);
    clock.fixAt(SLOT.plusSeconds(30));

    assertFalse(scheduler.run(job, "node-a"), "the run failed");

    var failed = leases.state(job.name()).orElseThrow();
    assertAll(
        () -> assertEquals(0, runsInTheDatabase(job), "its work rolled back"),
        () -> assertNull(failed.lockedBy(), "the lease was given back"),
        () -> assertNull(failed.lastRunAt()),
        () -> assertTrue(failed.lastResult().startsWith("failed")),
        () -> assertEquals(utc(SLOT), failed.nextRunAt(), "still due"));

    clock.advance(Duration.ofMinutes(1));
    assertTrue(scheduler.run(job, "node-b"), "the next tick of any node tries again");
    assertEquals(1, runsInTheDatabase(job));
    assertEquals(utc(SLOT.plus(CountingJob.EVERY)), leases.state(job.name()).get().nextRunAt());
  }

  @Test
  void aDeadNodesSlotIsTakenOverOnceItsLeaseRunsOutAndItCannotCommitLate() {
    var job = new CountingJob(audit, 0);
    clock.fixAt(SLOT.plusSeconds(5));
    var now = utc(clock.now());
    leases.register(job.name(), new JobSlots(CountingJob.EVERY).slotOf(now));
    var dead = leases.claim(job.name(), "dead-node", now, now.plusMinutes(10)).orElseThrow();

    clock.advance(Duration.ofMinutes(9));
    assertFalse(scheduler.run(job, "node-b"), "the lease still holds");
    clock.advance(Duration.ofMinutes(1));
    assertTrue(scheduler.run(job, "node-b"), "the lease ran out: node b takes the slot over");

    assertThrows(
        JobRuns.LeaseLost.class,
        () -> runs.run(job, dead, utc(clock.now()), now.plusMinutes(10)),
        "the dead node comes back and tries to finish its run");
    assertEquals(2, job.calls(), "both ran the work");
    assertEquals(1, runsInTheDatabase(job), "but only one run committed");
  }

  @Test
  void aNodeCannotClaimASlotThatIsNotDue() {
    var job = new CountingJob(audit, 0);
    clock.fixAt(SLOT.plusSeconds(5));
    var now = utc(clock.now());
    leases.register(job.name(), now.plusMinutes(1));

    assertTrue(leases.claim(job.name(), "node-a", now, now.plusMinutes(10)).isEmpty());
    assertTrue(
        leases.claim(job.name(), "node-a", now.plusMinutes(1), now.plusMinutes(11)).isPresent());
  }

  private List<Boolean> claimAtOnce(CountingJob job, int nodes) throws Exception {
    var ready = new CountDownLatch(nodes);
    var go = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(nodes, threads);
    try {
      var futures = new ArrayList<Future<Boolean>>();
      for (int i = 0; i < nodes; i++) {
        var node = "node-" + i;
        Callable<Boolean> claim =
            () -> {
              ready.countDown();
              go.await();
              return scheduler.run(job, node);
            };
        futures.add(pool.submit(claim));
      }
      ready.await();
      go.countDown();
      var ran = new ArrayList<Boolean>();
      for (var future : futures) {
        ran.add(future.get());
      }
      return ran;
    } finally {
      pool.shutdownNow();
    }
  }

  private long runsInTheDatabase(CountingJob job) {
    return audit.about(ADMIN, CountingJob.SUBJECT, job.name()).size();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
