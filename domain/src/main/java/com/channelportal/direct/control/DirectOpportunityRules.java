package com.channelportal.direct.control;

import static com.channelportal.direct.entity.DirectOpportunityForm.CURRENCY;
import static com.channelportal.direct.entity.DirectOpportunityForm.CUSTOMER;
import static com.channelportal.direct.entity.DirectOpportunityForm.ESTIMATED_AMOUNT;
import static com.channelportal.direct.entity.DirectOpportunityForm.EXPECTED_CLOSE_DATE;
import static com.channelportal.direct.entity.DirectOpportunityForm.EXTERNAL_REF;
import static com.channelportal.direct.entity.DirectOpportunityForm.EXTERNAL_SOURCE;
import static com.channelportal.direct.entity.DirectOpportunityForm.NOTES;
import static com.channelportal.direct.entity.DirectOpportunityForm.TITLE;

import com.channelportal.customer.control.CustomerRules;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityActivity;
import com.channelportal.direct.entity.DirectOpportunityForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a direct opportunity and of its activities, checked field by field into a {@link
 * FieldChecks} so that every broken rule is reported at once. The customer follows the partners'
 * rules ({@link CustomerRules}, name required); amounts have two decimals and at most 13 digits
 * before the point; an expected close date lies between today and ten years ahead.
 */
public final class DirectOpportunityRules {

  public static final int AMOUNT_SCALE = 2;
  public static final int AMOUNT_INTEGER_DIGITS = 13;
  public static final int CLOSE_DATE_MAX_YEARS = 10;

  /** Clocks disagree a little; an activity "now" on a fast phone is not in the future. */
  public static final int FUTURE_TOLERANCE_MINUTES = 5;

  /** Older activity is no evidence of current work and likely a typo in the year. */
  public static final int ACTIVITY_MAX_AGE_DAYS = 366;

  private static final Pattern CURRENCY_SYNTAX = Pattern.compile("[A-Z]{3}");

  private DirectOpportunityRules() {}

  /**
   * The form normalized; problems go to {@code checks}.
   *
   * @param previousCloseDate the stored date, which may stay although it has passed; null for new
   */
  public static DirectOpportunityForm check(
      DirectOpportunityForm form,
      LocalDate today,
      @Nullable LocalDate previousCloseDate,
      FieldChecks checks) {
    var title = checks.text(TITLE, form.title(), DirectOpportunity.TITLE_MAX_LENGTH, true);
    var customer =
        CustomerRules.check(
            form.customer() == null ? CustomerForm.EMPTY : form.customer(),
            CUSTOMER + ".",
            CustomerRules.Required.NAME,
            false,
            checks);
    var amount = amount(form.estimatedAmount(), checks);
    var currency = currency(form.currency(), checks);
    closeDate(form.expectedCloseDate(), today, previousCloseDate, checks);
    var notes = checks.multiline(NOTES, form.notes(), DirectOpportunity.NOTES_MAX_LENGTH);
    var source =
        checks.text(
            EXTERNAL_SOURCE,
            form.externalSource(),
            DirectOpportunity.EXTERNAL_SOURCE_MAX_LENGTH,
            false);
    var reference =
        checks.text(
            EXTERNAL_REF, form.externalRef(), DirectOpportunity.EXTERNAL_REF_MAX_LENGTH, false);
    if ((source == null) != (reference == null)) {
      checks.fail(
          source == null ? EXTERNAL_SOURCE : EXTERNAL_REF,
          "REQUIRED",
          "externalSource and externalRef go together");
    }
    return new DirectOpportunityForm(
        title,
        form.customerId(),
        customer,
        form.owner(),
        amount,
        currency,
        form.expectedCloseDate(),
        form.stage(),
        notes,
        source,
        reference);
  }

  /**
   * The UTC time of an activity; problems go to {@code checks}.
   *
   * @param nowUtc the server's time
   */
  public static @Nullable LocalDateTime activity(
      ActivityForm form, LocalDateTime nowUtc, FieldChecks checks) {
    checks.require(ActivityForm.KIND, form.kind());
    checks.require(ActivityForm.OCCURRED_AT, form.occurredAt());
    checks.multiline(ActivityForm.NOTE, form.note(), DirectOpportunityActivity.NOTE_MAX_LENGTH);
    if (form.occurredAt() == null) {
      return null;
    }
    var occurred = form.occurredAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    if (occurred.isAfter(nowUtc.plusMinutes(FUTURE_TOLERANCE_MINUTES))) {
      checks.fail(ActivityForm.OCCURRED_AT, "FUTURE", "must not be in the future");
    } else if (occurred.isBefore(nowUtc.minusDays(ACTIVITY_MAX_AGE_DAYS))) {
      checks.fail(
          ActivityForm.OCCURRED_AT, "TOO_OLD", "more than " + ACTIVITY_MAX_AGE_DAYS + " days ago");
    }
    return occurred;
  }

  private static @Nullable BigDecimal amount(@Nullable BigDecimal amount, FieldChecks checks) {
    if (amount == null) {
      return null;
    }
    var plain = amount.stripTrailingZeros();
    if (amount.signum() < 0) {
      checks.fail(ESTIMATED_AMOUNT, "NEGATIVE", "must not be negative");
    } else if (plain.scale() > AMOUNT_SCALE) {
      checks.fail(ESTIMATED_AMOUNT, "SCALE", "at most " + AMOUNT_SCALE + " decimals");
    } else if (plain.precision() - plain.scale() > AMOUNT_INTEGER_DIGITS) {
      checks.fail(ESTIMATED_AMOUNT, "TOO_LARGE", "too large");
    } else {
      return amount.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }
    return amount;
  }

  private static String currency(@Nullable String raw, FieldChecks checks) {
    if (raw == null || raw.isBlank()) {
      return DirectOpportunityForm.DEFAULT_CURRENCY;
    }
    var code = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    if (!CURRENCY_SYNTAX.matcher(code).matches()
        || Currency.getAvailableCurrencies().stream()
            .noneMatch(c -> c.getCurrencyCode().equals(code))) {
      checks.fail(CURRENCY, "UNKNOWN", "not an ISO 4217 currency code");
    }
    return code;
  }

  private static void closeDate(
      @Nullable LocalDate date, LocalDate today, @Nullable LocalDate previous, FieldChecks checks) {
    if (date == null || date.equals(previous)) {
      return;
    }
    if (date.isBefore(today)) {
      checks.fail(EXPECTED_CLOSE_DATE, "PAST", "must not be in the past");
    } else if (date.isAfter(today.plusYears(CLOSE_DATE_MAX_YEARS))) {
      checks.fail(
          EXPECTED_CLOSE_DATE, "TOO_FAR", "more than " + CLOSE_DATE_MAX_YEARS + " years ahead");
    }
  }
}
