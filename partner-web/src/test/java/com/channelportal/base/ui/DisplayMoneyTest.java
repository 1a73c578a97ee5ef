package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayMoneyTest {

  @Test
  void yuanWithItsSymbolInChinese() {
    assertThat(DisplayMoney.format(new BigDecimal("1250000.00"), "CNY", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("¥1,250,000.00");
  }

  @Test
  void yuanWithItsCodeInEnglish() {
    assertThat(DisplayMoney.format(new BigDecimal("1250000"), "CNY", Locale.US))
        .isEqualTo("1,250,000.00 CNY");
  }

  @Test
  void otherCurrenciesAreNotMistakenForYuan() {
    assertThat(DisplayMoney.format(new BigDecimal("980.5"), "USD", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("US$980.50");
    assertThat(DisplayMoney.format(new BigDecimal("980.5"), "JPY", Locale.ENGLISH))
        .isEqualTo("980.50 JPY");
  }

  @Test
  void nothingForNoAmount() {
    assertThat(DisplayMoney.format(null, "CNY", Locale.ENGLISH)).isEmpty();
  }
}
