package com.channelportal.confirmation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CustomerConfirmationTest {

  private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 27, 2, 0);

  private final CustomerConfirmation confirmation =
      new CustomerConfirmation(
          7,
          3,
          "litai",
          "王总",
          "wang@customer.example",
          "zh-CN",
          "h".repeat(64),
          "litai.user",
          SENT,
          SENT.plusHours(72));

  @Test
  void itIsOpenUntilItExpires() {
    assertThat(confirmation.state(SENT.plusHours(71))).isEqualTo(ConfirmationState.OPEN);
    assertThat(confirmation.state(SENT.plusHours(72))).isEqualTo(ConfirmationState.EXPIRED);
  }

  @Test
  void itIsAnsweredOnceWithTimeAndAddress() {
    confirmation.answer(ConfirmationAnswer.DENIED, "不认识", SENT.plusHours(1), "203.0.113.9");

    assertThat(confirmation.state(SENT.plusHours(2))).isEqualTo(ConfirmationState.DENIED);
    assertThat(confirmation.state(SENT.plusHours(100))).isEqualTo(ConfirmationState.DENIED);
    assertThat(confirmation.getAnsweredAt()).isEqualTo(SENT.plusHours(1));
    assertThat(confirmation.getClientAddress()).isEqualTo("203.0.113.9");
    assertThatThrownBy(
            () ->
                confirmation.answer(
                    ConfirmationAnswer.CONFIRMED, null, SENT.plusHours(3), "203.0.113.9"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExpiredOneCannotBeAnswered() {
    assertThatThrownBy(
            () -> confirmation.answer(ConfirmationAnswer.CONFIRMED, null, SENT.plusHours(73), null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(confirmation.getAnswer()).isNull();
  }
}
