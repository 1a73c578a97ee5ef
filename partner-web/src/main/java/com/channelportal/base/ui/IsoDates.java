package com.channelportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/**
 * Date pickers that show and parse {@code yyyy-MM-dd} in both languages, as the portal writes dates
 * everywhere, with month and day names in the user's language and weeks starting on Monday. The
 * names are comma-separated lists in the bundles ({@code date-picker.months} …).
 */
public final class IsoDates {

  public static final String FORMAT = "yyyy-MM-dd";

  private IsoDates() {}

  public static DatePicker configure(DatePicker picker) {
    picker.setI18n(
        new DatePickerI18n()
            .setDateFormat(FORMAT)
            .setMonthNames(list(picker.getTranslation("date-picker.months")))
            .setWeekdays(list(picker.getTranslation("date-picker.weekdays")))
            .setWeekdaysShort(list(picker.getTranslation("date-picker.weekdays-short")))
            .setFirstDayOfWeek(DayOfWeek.MONDAY.getValue())
            .setToday(picker.getTranslation("date-picker.today"))
            .setCancel(picker.getTranslation("date-picker.cancel"))
            .setBadInputErrorMessage(picker.getTranslation("date-picker.bad-input")));
    picker.setPlaceholder(FORMAT);
    return picker;
  }

  static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }
}
