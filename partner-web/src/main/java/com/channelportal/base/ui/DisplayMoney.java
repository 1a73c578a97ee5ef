package com.channelportal.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Amounts as users read them, always with two decimals: Chinese puts the currency's symbol in front
 * ({@code ¥1,250,000.00}, {@code US$980.00}), English the ISO code behind ({@code 1,250,000.00
 * CNY}), since "¥" alone would not tell yuan from yen to an English reader.
 */
public final class DisplayMoney {

  private static final int DECIMALS = 2;

  private DisplayMoney() {}

  public static String format(@Nullable BigDecimal amount, String currency, Locale locale) {
    if (amount == null) {
      return "";
    }
    if ("zh".equals(Translations.supported(locale).getLanguage())) {
      var format = NumberFormat.getCurrencyInstance(Locale.SIMPLIFIED_CHINESE);
      format.setCurrency(Currency.getInstance(currency));
      return withDecimals(format).format(amount);
    }
    return withDecimals(NumberFormat.getNumberInstance(Locale.ENGLISH)).format(amount)
        + " "
        + currency;
  }

  private static NumberFormat withDecimals(NumberFormat format) {
    format.setMinimumFractionDigits(DECIMALS);
    format.setMaximumFractionDigits(DECIMALS);
    return format;
  }
}
