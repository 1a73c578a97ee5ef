package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.control.PeopleDirectory;
import com.channelportal.identity.entity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeopleCacheTest {

  private final Map<String, PeopleDirectory.Person> accounts = new HashMap<>();
  private final Map<String, Integer> asked = new HashMap<>();
  private final MovableClock clock = new MovableClock();
  private final PeopleCache cache = new PeopleCache();

  @BeforeEach
  void wire() {
    cache.clock = clock;
    cache.directory =
        new PeopleDirectory() {
          @Override
          public Optional<Person> person(String username) {
            asked.merge(username, 1, Integer::sum);
            return Optional.ofNullable(accounts.get(username));
          }

          @Override
          public List<Person> organizationAdmins(String organizationAlias) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<Person> withRole(Role role) {
            throw new UnsupportedOperationException();
          }
        };
  }

  @Test
  void aFoundPersonIsAskedForOncePerFiveMinutes() {
    accounts.put("li.na", person("li.na"));

    cache.person("li.na");
    clock.advance(PeopleCache.TTL.minusSeconds(1));
    assertThat(cache.person("li.na")).contains(person("li.na"));
    assertThat(asked.get("li.na")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    cache.person("li.na");
    assertThat(asked.get("li.na")).isEqualTo(2);
  }

  @Test
  void anAbsentPersonIsBelievedAbsentForAMinuteOnly() {
    assertThat(cache.person("zhang.wei")).isEmpty();
    assertThat(cache.person("zhang.wei")).isEmpty();
    assertThat(asked.get("zhang.wei")).isEqualTo(1);

    // the manager signs in for the first time and so appears in the realm
    accounts.put("zhang.wei", person("zhang.wei"));
    clock.advance(PeopleCache.ABSENT_TTL.plusSeconds(1));

    assertThat(cache.person("zhang.wei")).contains(person("zhang.wei"));
    assertThat(asked.get("zhang.wei")).isEqualTo(2);
  }

  private static PeopleDirectory.Person person(String username) {
    return new PeopleDirectory.Person("id-" + username, username, username + "@example.com", null);
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-11-28T02:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
