package com.channelportal.matching.control;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division as company names and addresses use it, by its short name ({@code 深圳},
 * not {@code 深圳市}).
 *
 * @param province the provincial-level division it lies in (itself for a province); null for the
 *     country
 * @param city the prefecture-level city it lies in (itself for a city, the city around a district
 *     or county-level city, the municipality itself for 北京); null for a province or the country
 */
public record Region(String name, Level level, @Nullable String province, @Nullable String city) {

  public Region {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  public enum Level {
    COUNTRY,
    PROVINCE,
    CITY,
    COUNTY_CITY,
    DISTRICT
  }
}
