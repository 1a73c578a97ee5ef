package com.channelportal.scheduling.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each node's tick. A non-persistent timer: the database, not the timer service, remembers what
 * ran, so a timer that is lost with its node loses nothing. The singleton runs one tick at a time
 * on this node; a tick that arrives while the previous one still runs waits for it.
 */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
public class SchedulerTimer {

  private static final Logger LOG = Logger.getLogger(SchedulerTimer.class.getName());

  @Resource TimerService timers;

  @Inject Scheduler scheduler;

  @Inject SchedulerSettings settings;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.info("Scheduler disabled on this node (portal.scheduler.enabled=false)");
      return;
    }
    var tick = settings.tick().toMillis();
    timers.createIntervalTimer(tick, tick, new TimerConfig("portal-scheduler", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      scheduler.runDue();
    } catch (RuntimeException e) {
      // a broken tick must not cancel the timer: the next one tries again
      LOG.log(Level.WARNING, "Scheduler tick failed", e);
    }
  }
}
