package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTest {

  @Test
  void aMailHasTheTitleAsSubjectAndTheLinkInBothParts() {
    var params = NotificationParams.of(Audience.BRAND, Facts.submitted("zhang.wei"));
    var mail =
        Mail.compose(
            "zhang.wei@brand.example",
            NotificationKind.SENT_TO_REVIEW,
            Audience.BRAND,
            params,
            Locale.ENGLISH,
            "http://localhost:8080/registrations/42");
    assertThat(mail.subject()).isEqualTo("To review: registration DR-2026-000042 of 华南电气有限公司");
    assertThat(mail.text())
        .contains("http://localhost:8080/registrations/42", "Open in the portal");
    assertThat(mail.html()).contains("href=\"http://localhost:8080/registrations/42\"");
  }

  @Test
  void htmlEscapesWhatPartnersTyped() {
    var mail =
        Mail.compose(
            "a@b.example",
            NotificationKind.APPROVED,
            Audience.PARTNER,
            Map.of("number", "DR-1", "customer", "<script>x</script> & Co"),
            Locale.ENGLISH,
            "http://x/registrations/1");
    assertThat(mail.html())
        .contains("&lt;script&gt;x&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>");
  }
}
