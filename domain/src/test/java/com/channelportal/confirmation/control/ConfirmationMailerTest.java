package com.channelportal.confirmation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.confirmation.entity.ConfirmationRequested;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationMailerTest {

  @Test
  void theCustomerGetsPlainTextWithTheLinkToThePortal() {
    var mailer = new ConfirmationMailer();
    mailer.baseUrl = "https://portal.example/";

    var mail =
        mailer.mail(
            new ConfirmationRequested(
                7,
                "t0ken",
                "wang@customer.example",
                "王总",
                "zh-CN",
                "深圳利泰机电有限公司",
                "华南精密仪器有限公司",
                "DR-2026-000007",
                List.of("伺服电机"),
                LocalDateTime.of(2026, 11, 30, 10, 0)));

    assertThat(mail.to()).isEqualTo("wang@customer.example");
    assertThat(mail.subject()).contains("DR-2026-000007");
    assertThat(mail.text())
        .contains("https://portal.example/confirm/t0ken")
        .contains("2026-11-30 18:00");
    assertThat(mail.html()).as("no HTML part for a customer's mail client").isNull();
  }
}
