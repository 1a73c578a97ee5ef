package com.channelportal.onboarding.ui;

import com.channelportal.onboarding.entity.ApplicationForm;
import java.util.List;
import java.util.Map;

/** The fields of an application in form order, shared by the public page and the brand's dialog. */
final class ApplyFields {

  static final List<String> NAMES =
      List.of(
          ApplicationForm.COMPANY_NAME,
          ApplicationForm.USCC,
          ApplicationForm.REGION,
          ApplicationForm.FAMILY_NAME,
          ApplicationForm.GIVEN_NAME,
          ApplicationForm.EMAIL,
          ApplicationForm.PHONE,
          ApplicationForm.JOB_TITLE,
          ApplicationForm.MESSAGE);

  static final List<String> REQUIRED =
      List.of(
          ApplicationForm.COMPANY_NAME,
          ApplicationForm.USCC,
          ApplicationForm.FAMILY_NAME,
          ApplicationForm.GIVEN_NAME,
          ApplicationForm.EMAIL,
          ApplicationForm.PHONE);

  private ApplyFields() {}

  static String labelKey(String field) {
    return "apply." + field;
  }

  static ApplicationForm form(Map<String, String> values, String language) {
    return new ApplicationForm(
        values.get(ApplicationForm.COMPANY_NAME),
        values.get(ApplicationForm.USCC),
        values.get(ApplicationForm.REGION),
        values.get(ApplicationForm.EMAIL),
        values.get(ApplicationForm.FAMILY_NAME),
        values.get(ApplicationForm.GIVEN_NAME),
        values.get(ApplicationForm.PHONE),
        values.get(ApplicationForm.JOB_TITLE),
        values.get(ApplicationForm.MESSAGE),
        language);
  }
}
