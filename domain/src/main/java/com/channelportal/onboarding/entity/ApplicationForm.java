package com.channelportal.onboarding.entity;

import org.jspecify.annotations.Nullable;

/**
 * An application as typed into the form or posted to the API, before any rule is checked. The field
 * names are the ones problems are reported under, so a form can put each message next to its field.
 *
 * @param email the applicant's company address; its domain becomes the company's e-mail domain
 * @param language {@code zh-CN} or {@code en}: the language of the invitation mail
 */
public record ApplicationForm(
    @Nullable String companyName,
    @Nullable String uscc,
    @Nullable String region,
    @Nullable String email,
    @Nullable String familyName,
    @Nullable String givenName,
    @Nullable String phone,
    @Nullable String jobTitle,
    @Nullable String message,
    @Nullable String language) {

  public static final String COMPANY_NAME = "companyName";
  public static final String USCC = "uscc";
  public static final String REGION = "region";
  public static final String EMAIL = "email";
  public static final String FAMILY_NAME = "familyName";
  public static final String GIVEN_NAME = "givenName";
  public static final String PHONE = "phone";
  public static final String JOB_TITLE = "jobTitle";
  public static final String MESSAGE = "message";
  public static final String LANGUAGE = "language";
}
