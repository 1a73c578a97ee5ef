package com.channelportal.matching.entity;

import org.jspecify.annotations.Nullable;

/**
 * A company as a claim describes it, with everything conflict matching may use, as typed: matching
 * normalizes each field itself and treats a missing or unusable one as no evidence, never as a
 * difference. Industries are compared as given (codes or names), so both sides must use the same
 * classification.
 *
 * @param uscc the Unified Social Credit Code; an invalid one is ignored
 * @param website a URL or host name
 * @param phone one number or several separated by {@code / , ;}
 * @param industry the first level of the industry classification
 * @param subIndustry the second level
 */
public record MatchSubject(
    String name,
    @Nullable String uscc,
    @Nullable String website,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String province,
    @Nullable String city,
    @Nullable String industry,
    @Nullable String subIndustry) {

  public MatchSubject {
    name = name == null ? "" : name;
  }

  /** A subject known by its name only; the {@code with…} methods add the rest. */
  public static MatchSubject named(String name) {
    return new MatchSubject(name, null, null, null, null, null, null, null, null);
  }

  public MatchSubject withUscc(@Nullable String uscc) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }

  public MatchSubject withWebsite(@Nullable String website) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }

  public MatchSubject withEmail(@Nullable String email) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }

  public MatchSubject withPhone(@Nullable String phone) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }

  public MatchSubject withLocation(@Nullable String province, @Nullable String city) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }

  public MatchSubject withIndustry(@Nullable String industry, @Nullable String subIndustry) {
    return new MatchSubject(
        name, uscc, website, email, phone, province, city, industry, subIndustry);
  }
}
