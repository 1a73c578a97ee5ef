package com.channelportal.confirmation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.confirmation.entity.ConfirmationRequested;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationMailTextsTest {

  private static final String LINK = "https://portal.example/confirm/abc";

  @Test
  void theEmailAsksInChineseByDefault() {
    var texts = ConfirmationMailTexts.of(request("zh-CN", "王总"), LINK, "2026-11-30 18:00");

    assertThat(texts.subject()).isEqualTo("请确认：深圳利泰机电有限公司 正在与贵司合作项目 DR-2026-000001（伺服电机, 数控系统）");
    assertThat(texts.body())
        .startsWith("王总，您好：")
        .contains("华南精密仪器有限公司")
        .contains(LINK)
        .contains("2026-11-30 18:00");
  }

  @Test
  void andInEnglishWhenThePartnerChoseIt() {
    var texts = ConfirmationMailTexts.of(request("en", null), LINK, "2026-11-30 18:00");

    assertThat(texts.subject())
        .isEqualTo(
            "深圳利泰机电有限公司 is working with you on deal DR-2026-000001 (伺服电机, 数控系统) – please"
                + " confirm");
    assertThat(texts.body()).startsWith("Hello,").contains(LINK).contains("works once");
  }

  private static ConfirmationRequested request(String language, String name) {
    return new ConfirmationRequested(
        1,
        "token",
        "wang@customer.example",
        name,
        language,
        "深圳利泰机电有限公司",
        "华南精密仪器有限公司",
        "DR-2026-000001",
        List.of("伺服电机", "数控系统"),
        LocalDateTime.of(2026, 11, 30, 10, 0));
  }
}
