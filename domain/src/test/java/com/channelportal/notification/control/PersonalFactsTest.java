package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.notification.control.Recipients.Person;
import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.Notice;
import com.channelportal.notification.entity.Notice.Addressee;
import com.channelportal.notification.entity.NotificationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalFactsTest {

  private static final Addressee PARTNER_USER = new Addressee("huanan.user", Audience.PARTNER);
  private static final Addressee MANAGER = new Addressee("zhang.wei", Audience.BRAND);

  @Test
  void aNoticeTellsTheNamedPeopleOnTheirSideWithTheItem() {
    var json =
        PersonalFacts.toJson(
            Facts.submitted("zhang.wei"),
            notice(NotificationKind.TASK_ASSIGNED, false, PARTNER_USER, MANAGER));

    assertThat(PersonalFacts.people(json))
        .containsExactly(
            new Person("huanan.user", Audience.PARTNER), new Person("zhang.wei", Audience.BRAND));
    assertThat(PersonalFacts.item(json)).isEqualTo("报价单 v2");
    // the registration's facts are still readable as for any event
    assertThat(DispatchFacts.fromJson(json)).isEqualTo(Facts.submitted("zhang.wei"));
  }

  @Test
  void aBrandInternalNoticeNeverReachesThePartnerSide() {
    var json =
        PersonalFacts.toJson(
            Facts.submitted("zhang.wei"),
            notice(NotificationKind.MENTIONED, true, PARTNER_USER, MANAGER));

    assertThat(PersonalFacts.people(json)).containsExactly(new Person("zhang.wei", Audience.BRAND));
  }

  @Test
  void theItemIsAParameterAPartnerMayRead() {
    var params = NotificationParams.of(Audience.PARTNER, Facts.submitted("zhang.wei"), "报价单 v2");
    assertThat(params).containsEntry(NotificationParams.ITEM, "报价单 v2");
    assertThat(NotificationParams.FOR_PARTNERS).containsAll(params.keySet());
    assertThat(
            NotificationTexts.title(
                NotificationKind.TASK_ASSIGNED,
                Audience.PARTNER,
                params,
                java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("商机 DR-2026-000042 的新任务：报价单 v2");
  }

  @Test
  void registrationEventKindsAreNotNotices() {
    assertThatThrownBy(() -> notice(NotificationKind.APPROVED, false, MANAGER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Notice notice(NotificationKind kind, boolean internal, Addressee... to) {
    return new Notice(kind, 42, "li.na", List.of(to), "报价单 v2", internal);
  }
}
