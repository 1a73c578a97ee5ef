package com.channelportal.confirmation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.registration.entity.RegistrationStatus;
import org.junit.jupiter.api.Test;

class ConfirmationRulesTest {

  @Test
  void aValidFormIsNormalizedAndChineseIsTheDefault() {
    var checked =
        ConfirmationRules.check(new ConfirmationForm(" wang@customer.example ", " 王总 ", null));

    assertThat(checked.valid()).isTrue();
    assertThat(checked.form())
        .isEqualTo(new ConfirmationForm("wang@customer.example", "王总", "zh-CN"));
  }

  @Test
  void everyBrokenFieldIsReported() {
    var checked =
        ConfirmationRules.check(new ConfirmationForm("not-an-address", "名".repeat(101), "fr"));

    assertThat(checked.problems())
        .extracting(FieldProblem::reason)
        .containsExactlyInAnyOrder("email.FORMAT", "name.TOO_LONG", "language.UNSUPPORTED");
    assertThat(ConfirmationRules.check(null).problems())
        .extracting(FieldProblem::reason)
        .containsExactly("email.REQUIRED");
  }

  @Test
  void onlyClaimsThatExistAndAreNotOverCanBeAskedAbout() {
    assertThat(RegistrationStatus.values())
        .filteredOn(ConfirmationRules::askable)
        .containsExactlyInAnyOrder(
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.UNDER_REVIEW,
            RegistrationStatus.APPROVED);
  }
}
