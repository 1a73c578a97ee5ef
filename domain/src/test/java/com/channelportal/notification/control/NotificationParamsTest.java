package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.notification.entity.Audience;
import org.junit.jupiter.api.Test;

class NotificationParamsTest {

  @Test
  void aPartnerReadsItsClaimButNoCompanyAndNoPerson() {
    var facts = Facts.submitted("zhang.wei");
    var params = NotificationParams.of(Audience.PARTNER, facts);
    assertThat(NotificationParams.FOR_PARTNERS).containsAll(params.keySet());
    assertThat(params.values())
        .doesNotContain(facts.partnerName(), facts.organizationAlias(), "zhang.wei", "huanan.user");
    assertThat(params)
        .containsEntry(NotificationParams.NUMBER, "DR-2026-000042")
        .containsEntry(NotificationParams.PROTECTED_UNTIL, "2027-02-25");
  }

  @Test
  void brandStaffAlsoReadWhichPartner() {
    var params = NotificationParams.of(Audience.BRAND, Facts.submitted(null));
    assertThat(params).containsEntry(NotificationParams.PARTNER, Facts.PARTNER_NAME);
  }

  @Test
  void paramsSurviveTheirColumn() {
    var params = NotificationParams.of(Audience.BRAND, Facts.submitted(null));
    assertThat(NotificationParams.parse(NotificationParams.json(params))).isEqualTo(params);
  }

  @Test
  void factsSurviveTheirColumn() {
    assertThat(DispatchFacts.fromJson(Facts.submitted("zhang.wei").toJson()))
        .isEqualTo(Facts.submitted("zhang.wei"));
    assertThat(DispatchFacts.fromJson(Facts.draft().toJson())).isEqualTo(Facts.draft());
  }
}
