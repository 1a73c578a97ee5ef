package com.channelportal.onboarding.boundary;

import com.channelportal.onboarding.entity.ApplicationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the brand admin's application list is narrowed by; newest first. {@code text} matches
 * company name, USCC and the applicant's e-mail address.
 */
public record ApplicationFilter(@Nullable ApplicationStatus status, @Nullable String text) {

  public static final ApplicationFilter NONE = new ApplicationFilter(null, null);

  public static final ApplicationFilter OPEN =
      new ApplicationFilter(ApplicationStatus.SUBMITTED, null);
}
