package com.channelportal.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The scheduler's settings, from MicroProfile Config (e.g. {@code PORTAL_SCHEDULER_ENABLED}). */
@ApplicationScoped
public class SchedulerSettings {

  /**
   * Whether this node's timer ticks at all; a node that is switched off leaves the jobs to others.
   */
  @Inject
  @ConfigProperty(name = "portal.scheduler.enabled", defaultValue = "true")
  boolean enabled;

  /** How often each node looks for due jobs; the jobs' own slots are usually longer. */
  @Inject
  @ConfigProperty(name = "portal.scheduler.tick-seconds", defaultValue = "60")
  int tickSeconds;

  /**
   * How long a claimed run may take before another node may take the job over: longer than any run,
   * short enough that a dead node's slot is not missed for long.
   */
  @Inject
  @ConfigProperty(name = "portal.scheduler.lease-minutes", defaultValue = "10")
  int leaseMinutes;

  private final String node = hostName() + "/" + UUID.randomUUID();

  public boolean enabled() {
    return enabled;
  }

  public Duration tick() {
    return Duration.ofSeconds(Math.max(1, tickSeconds));
  }

  public Duration lease() {
    return Duration.ofMinutes(Math.max(1, leaseMinutes));
  }

  /** This deployment on this host: unique per start, so a restarted node is a new one. */
  public String node() {
    return node;
  }

  private static String hostName() {
    try {
      var name = InetAddress.getLocalHost().getHostName();
      return name.length() > 80 ? name.substring(0, 80) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
