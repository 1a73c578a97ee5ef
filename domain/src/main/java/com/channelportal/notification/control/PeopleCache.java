package com.channelportal.notification.control;

import com.channelportal.identity.control.PeopleDirectory;
import com.channelportal.identity.control.PeopleDirectory.Person;
import com.channelportal.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The directory's answers for a few minutes: a busy day's notifications ask for the same channel
 * managers and admins again and again, and each answer costs a round trip to Keycloak. Per node and
 * short, because a stale answer only sends one notification to someone who just lost a role, or
 * misses someone who just got it; membership itself is Keycloak's.
 */
@ApplicationScoped
public class PeopleCache {

  static final Duration TTL = Duration.ofMinutes(5);

  /**
   * How long "no such account" is believed. A channel manager appears in the partners realm at
   * their first sign-in, and until then every notice for their partners asked Keycloak again (a
   * round trip per dispatch, some 5 % of a submission's CPU in the benchmark's profile); after
   * signing in they are found within a minute, and meanwhile the brand admins stand in for them, as
   * before.
   */
  static final Duration ABSENT_TTL = Duration.ofMinutes(1);

  private record Entry(Instant expires, Object value) {}

  @Inject PeopleDirectory directory;

  @Inject Clock clock;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public Optional<Person> person(String username) {
    return cached("person:" + username, () -> directory.person(username));
  }

  public List<Person> organizationAdmins(String organizationAlias) {
    return cached(
        "admins:" + organizationAlias, () -> directory.organizationAdmins(organizationAlias));
  }

  public List<Person> withRole(Role role) {
    return cached("role:" + role.roleName(), () -> directory.withRole(role));
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, Supplier<T> lookup) {
    var now = clock.instant();
    var entry = entries.get(key);
    if (entry != null && now.isBefore(entry.expires())) {
      return (T) entry.value();
    }
    // a failed lookup throws and caches nothing: the dispatch is retried later
    var value = lookup.get();
    var absent = value instanceof Optional<?> optional && optional.isEmpty();
    entries.put(key, new Entry(now.plus(absent ? ABSENT_TTL : TTL), value));
    return value;
  }
}
