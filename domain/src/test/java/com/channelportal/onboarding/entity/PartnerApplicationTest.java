package com.channelportal.onboarding.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PartnerApplicationTest {

  private static final LocalDateTime SUBMITTED_AT = LocalDateTime.of(2026, 11, 27, 2, 0);
  private static final LocalDateTime DECIDED_AT = SUBMITTED_AT.plusDays(1);

  private static final ApplicationForm FORM =
      new ApplicationForm(
          "深圳利泰机电有限公司",
          "91440300MA5DLT2K0P",
          null,
          "li@litai.com.cn",
          "李",
          "泰安",
          "0755-82254848",
          null,
          null,
          "zh-CN");

  @Test
  void aNewApplicationIsSubmittedAndUndecided() {
    var application = submitted();

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.getDecidedAt()).isNull();
    assertThat(application.getDecidedBy()).isNull();
    assertThat(application.getPartnerCompanyId()).isNull();
    assertThat(application.toForm()).isEqualTo(FORM);
  }

  @Test
  void anApprovalRecordsWhoWhenAndTheCompany() {
    var application = submitted();

    application.approve("admin", 7L, DECIDED_AT);

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.getDecidedBy()).isEqualTo("admin");
    assertThat(application.getDecidedAt()).isEqualTo(DECIDED_AT);
    assertThat(application.getPartnerCompanyId()).isEqualTo(7L);
  }

  @Test
  void aRejectionRecordsItsReason() {
    var application = submitted();

    application.reject("admin", "资质不足", DECIDED_AT);

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(application.getRejectionReason()).isEqualTo("资质不足");
  }

  @Test
  void aRejectionWithoutReasonIsRefused() {
    var application = submitted();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> application.reject("admin", " ", DECIDED_AT));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aDecidedApplicationCannotBeDecidedAgain() {
    var approved = submitted();
    approved.approve("admin", 7L, DECIDED_AT);
    var rejected = submitted();
    rejected.reject("admin", "no", DECIDED_AT);

    assertThatIllegalStateException().isThrownBy(() -> approved.reject("other", "no", DECIDED_AT));
    assertThatIllegalStateException().isThrownBy(() -> approved.approve("other", 8L, DECIDED_AT));
    assertThatIllegalStateException().isThrownBy(() -> rejected.approve("other", 8L, DECIDED_AT));
    assertThat(approved.getPartnerCompanyId()).isEqualTo(7L);
    assertThat(rejected.getRejectionReason()).isEqualTo("no");
  }

  @Test
  void requiredFieldsMustBePresent() {
    var noEmail =
        new ApplicationForm(
            "深圳利泰机电有限公司", "91440300MA5DLT2K0P", null, null, "李", "泰安", "0755", null, null, "en");

    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new PartnerApplication(
                    noEmail,
                    "litai.com.cn",
                    "深圳利泰机电",
                    ApplicationSource.PUBLIC_FORM,
                    null,
                    SUBMITTED_AT))
        .withMessage("email");
  }

  private static PartnerApplication submitted() {
    return new PartnerApplication(
        FORM, "litai.com.cn", "深圳利泰机电", ApplicationSource.PUBLIC_FORM, null, SUBMITTED_AT);
  }
}
