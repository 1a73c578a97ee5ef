package com.channelportal.registration.control;

import static com.channelportal.registration.entity.RegistrationForm.BID_DATE;
import static com.channelportal.registration.entity.RegistrationForm.CONTACT_EMAIL;
import static com.channelportal.registration.entity.RegistrationForm.CONTACT_NAME;
import static com.channelportal.registration.entity.RegistrationForm.CONTACT_PHONE;
import static com.channelportal.registration.entity.RegistrationForm.CURRENCY;
import static com.channelportal.registration.entity.RegistrationForm.CUSTOMER;
import static com.channelportal.registration.entity.RegistrationForm.CUSTOMER_BUDGET;
import static com.channelportal.registration.entity.RegistrationForm.ESTIMATED_AMOUNT;
import static com.channelportal.registration.entity.RegistrationForm.EXPECTED_CLOSE_DATE;
import static com.channelportal.registration.entity.RegistrationForm.LINES;
import static com.channelportal.registration.entity.RegistrationForm.NOTES;
import static com.channelportal.registration.entity.RegistrationForm.WIN_PROBABILITY;

import com.channelportal.customer.control.CustomerRules;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a registration form. A draft may be incomplete, but whatever it has must be
 * well-formed; a submission also needs the customer's name and USCC, a contact person with a phone
 * number, at least one product line, the estimated amount and an expected close date that has not
 * passed. Dates are compared with "today" in the brand's time zone, which the caller passes.
 */
public final class RegistrationRules {

  private static final Pattern CURRENCY_SYNTAX = Pattern.compile("[A-Z]{3}");

  private RegistrationRules() {}

  /** The rules of saving a draft: well-formed, nothing required. */
  public static RegistrationCheck draft(RegistrationForm form) {
    return check(form, false, null);
  }

  /** The rules of submitting: complete, and not closing in the past as of {@code today}. */
  public static RegistrationCheck submission(RegistrationForm form, LocalDate today) {
    return check(form, true, today);
  }

  private static RegistrationCheck check(
      RegistrationForm form, boolean complete, @Nullable LocalDate today) {
    var checks = new FieldChecks();
    var customer =
        CustomerRules.check(
            form.customer() == null ? CustomerForm.EMPTY : form.customer(),
            CUSTOMER + ".",
            complete ? CustomerRules.Required.NAME_AND_USCC : CustomerRules.Required.NOTHING,
            false,
            checks);
    var contactName =
        checks.text(
            CONTACT_NAME, form.contactName(), Registration.CONTACT_NAME_MAX_LENGTH, complete);
    var contactPhone =
        checks.phone(
            CONTACT_PHONE, form.contactPhone(), Registration.CONTACT_PHONE_MAX_LENGTH, complete);
    var contactEmail =
        checks.email(
            CONTACT_EMAIL, form.contactEmail(), Registration.CONTACT_EMAIL_MAX_LENGTH, false);
    var lines = lines(form.lines(), complete, checks);
    var amount = amount(ESTIMATED_AMOUNT, form.estimatedAmount(), complete, checks);
    var currency = currency(form.currency(), checks);
    var budget = amount(CUSTOMER_BUDGET, form.customerBudget(), false, checks);
    if (complete) {
      checks.require(EXPECTED_CLOSE_DATE, form.expectedCloseDate());
    }
    dates(form.expectedCloseDate(), form.bidDate(), today, checks);
    probability(form.winProbability(), checks);
    var notes = checks.multiline(NOTES, form.notes(), Registration.NOTES_MAX_LENGTH);
    var problems = checks.problems();
    if (!problems.isEmpty()) {
      return new RegistrationCheck.Invalid(problems);
    }
    return new RegistrationCheck.Valid(
        new RegistrationForm(
            form.customerId(),
            customer,
            contactName,
            contactPhone,
            contactEmail,
            lines,
            amount,
            currency,
            form.expectedCloseDate(),
            form.bidDate(),
            budget,
            form.winProbability(),
            form.stage(),
            notes));
  }

  /** Lines with neither product nor quantity are left out, as an empty row of a grid would be. */
  private static List<LineForm> lines(
      @Nullable List<LineForm> raw, boolean complete, FieldChecks checks) {
    var lines = new ArrayList<LineForm>();
    var typed =
        raw == null
            ? List.<LineForm>of()
            : raw.stream()
                .filter(l -> l != null && !(isBlank(l.product()) && l.quantity() == null))
                .toList();
    if (typed.size() > Registration.MAX_LINES) {
      checks.fail(LINES, "TOO_MANY", "more than " + Registration.MAX_LINES + " lines");
      return lines;
    }
    if (complete && typed.isEmpty()) {
      checks.fail(LINES, "REQUIRED", "at least one product");
    }
    for (int i = 0; i < typed.size(); i++) {
      var field = LINES + "[" + i + "].";
      var product =
          checks.text(
              field + LineForm.PRODUCT,
              typed.get(i).product(),
              RegistrationLine.PRODUCT_MAX_LENGTH,
              true);
      var quantity = typed.get(i).quantity();
      if (quantity == null) {
        checks.fail(field + LineForm.QUANTITY, "REQUIRED", "required");
      } else if (quantity < 1) {
        checks.fail(field + LineForm.QUANTITY, "RANGE", "at least 1");
      }
      lines.add(new LineForm(product, quantity));
    }
    return lines;
  }

  /** Not negative, at most two decimals and 13 digits before the point; kept with two decimals. */
  private static @Nullable BigDecimal amount(
      String field, @Nullable BigDecimal amount, boolean required, FieldChecks checks) {
    if (amount == null) {
      if (required) {
        checks.fail(field, "REQUIRED", "required");
      }
      return null;
    }
    var plain = amount.stripTrailingZeros();
    if (amount.signum() < 0) {
      checks.fail(field, "NEGATIVE", "must not be negative");
    } else if (plain.scale() > Registration.AMOUNT_SCALE) {
      checks.fail(field, "SCALE", "at most " + Registration.AMOUNT_SCALE + " decimals");
    } else if (plain.precision() - plain.scale() > Registration.AMOUNT_INTEGER_DIGITS) {
      checks.fail(field, "TOO_LARGE", "too large");
    } else {
      return amount.setScale(Registration.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }
    return amount;
  }

  private static String currency(@Nullable String raw, FieldChecks checks) {
    if (raw == null || raw.isBlank()) {
      return RegistrationForm.DEFAULT_CURRENCY;
    }
    var code = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    if (!CURRENCY_SYNTAX.matcher(code).matches() || !isIsoCurrency(code)) {
      checks.fail(CURRENCY, "UNKNOWN", "not an ISO 4217 currency code");
    }
    return code;
  }

  private static boolean isIsoCurrency(String code) {
    return Currency.getAvailableCurrencies().stream()
        .anyMatch(c -> c.getCurrencyCode().equals(code));
  }

  private static void dates(
      @Nullable LocalDate expectedClose,
      @Nullable LocalDate bid,
      @Nullable LocalDate today,
      FieldChecks checks) {
    if (expectedClose != null && today != null && expectedClose.isBefore(today)) {
      checks.fail(EXPECTED_CLOSE_DATE, "PAST", "must not be in the past");
    }
    if (expectedClose != null && bid != null && bid.isAfter(expectedClose)) {
      checks.fail(BID_DATE, "AFTER_CLOSE", "must not be after the expected close date");
    }
  }

  private static void probability(@Nullable Integer probability, FieldChecks checks) {
    if (probability != null && (probability < 0 || probability > 100)) {
      checks.fail(WIN_PROBABILITY, "RANGE", "0 to 100");
    }
  }

  private static boolean isBlank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
