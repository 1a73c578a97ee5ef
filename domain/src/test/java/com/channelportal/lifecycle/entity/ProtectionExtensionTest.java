package com.channelportal.lifecycle.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ProtectionExtensionTest {

  private static final LocalDate END = LocalDate.of(2026, 5, 30);
  private static final LocalDateTime ASKED = LocalDateTime.of(2026, 5, 20, 1, 0);

  @Test
  void approvalAddsTheDaysToTheCurrentEnd() {
    var extension = request(30);

    var until = extension.approve(END, "zhang.wei", ASKED.plusHours(3), null);

    assertThat(until).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(extension.getExtendedUntil()).isEqualTo(until);
    assertThat(extension.getStatus()).isEqualTo(ExtensionStatus.APPROVED);
    assertThat(extension.getDecidedBy()).isEqualTo("zhang.wei");
  }

  @Test
  void approvalCountsFromTheEndAsItIsNowNotAsItWasAsked() {
    var extension = request(10);

    assertThat(extension.approve(END.plusDays(5), "li.na", ASKED, "ok"))
        .isEqualTo(END.plusDays(15));
  }

  @Test
  void denialKeepsItsReason() {
    var extension = request(30);

    extension.deny("zhang.wei", ASKED.plusDays(1), "项目没有进展");

    assertThat(extension.getStatus()).isEqualTo(ExtensionStatus.DENIED);
    assertThat(extension.getDecisionReason()).isEqualTo("项目没有进展");
    assertThat(extension.getExtendedUntil()).isNull();
  }

  @Test
  void aRequestIsDecidedOnce() {
    var extension = request(30);
    extension.lapse(ASKED.plusDays(11));

    assertThat(extension.getStatus()).isEqualTo(ExtensionStatus.LAPSED);
    assertThatThrownBy(() -> extension.approve(END, "zhang.wei", ASKED, null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> extension.deny("zhang.wei", ASKED, "no"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExtensionAddsAtLeastADay() {
    assertThatThrownBy(() -> request(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static ProtectionExtension request(int days) {
    return new ProtectionExtension(
        1L, 2L, "litai", days, "客户预算审批推迟到下个季度", END, "litai.user", ASKED);
  }
}
