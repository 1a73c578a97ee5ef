package com.channelportal.customer.control;

import com.channelportal.onboarding.control.ApplicationRules;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the broken rules of one form, field by field, so that all of them are reported in one
 * round trip. Each check returns the normalized value (also when it is invalid, so that later
 * checks can still look at it), or null for a blank one.
 *
 * <p>Lengths count characters (code points), as the database columns do.
 */
public final class FieldChecks {

  private static final Pattern EMAIL_SYNTAX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Digits, spaces, dashes and parentheses, with an optional leading + for the country code. */
  private static final Pattern PHONE_SYNTAX = Pattern.compile("\\+?[0-9 ()-]+");

  /** Several numbers in one field are separated like this (、 is the Chinese list comma). */
  private static final Pattern PHONE_SEPARATOR = Pattern.compile("[/,;、]");

  private static final int PHONE_MIN_DIGITS = 5;

  /** An optional scheme, a host with at least one dot, an optional port and path. */
  private static final Pattern WEBSITE_SYNTAX =
      Pattern.compile("(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:[0-9]{1,5})?(/\\S*)?");

  private final List<FieldProblem> problems = new ArrayList<>();

  public void fail(String field, String code, String message) {
    problems.add(new FieldProblem(field, field + "." + code, field + ": " + message));
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public boolean isClean(String field) {
    return problems.stream().noneMatch(p -> p.field().equals(field));
  }

  public void require(String field, @Nullable Object value) {
    if (value == null) {
      fail(field, "REQUIRED", "required");
    }
  }

  /** One line of text without control characters. */
  public @Nullable String text(String field, @Nullable String raw, int max, boolean required) {
    return text(field, raw, max, required, false);
  }

  /** Text that may have line breaks and tabs, e.g. notes. */
  public @Nullable String multiline(String field, @Nullable String raw, int max) {
    return text(field, raw, max, false, true);
  }

  /** A valid USCC in its canonical form; an invalid one names the first rule it breaks. */
  public @Nullable String uscc(String field, @Nullable String raw, boolean required) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        fail(field, "REQUIRED", "required");
      }
      return null;
    }
    var check = UnifiedSocialCreditCode.check(raw);
    if (check instanceof CreditCodeCheck.Invalid invalid) {
      fail(field, invalid.reason().name(), invalid.reason() + " at " + invalid.position());
    }
    return check.code();
  }

  /** Any e-mail address (a customer may well use free mail), domain folded to lower-case ASCII. */
  public @Nullable String email(String field, @Nullable String raw, int max, boolean required) {
    var email = text(field, raw, max, required);
    if (email == null || !isClean(field)) {
      return email;
    }
    var folded = Normalizer.normalize(email, Normalizer.Form.NFKC);
    int at = folded.lastIndexOf('@');
    var domain = at < 0 ? null : asciiDomain(folded.substring(at + 1));
    if (domain == null || !EMAIL_SYNTAX.matcher(folded).matches()) {
      fail(field, "FORMAT", "not an e-mail address");
      return email;
    }
    return folded.substring(0, at + 1) + domain;
  }

  /** One or more phone numbers, half-width, as typed otherwise. */
  public @Nullable String phone(String field, @Nullable String raw, int max, boolean required) {
    var typed = text(field, raw, max, required);
    if (typed == null || !isClean(field)) {
      return typed;
    }
    var phone = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    for (var number : PHONE_SEPARATOR.split(phone)) {
      var trimmed = number.strip();
      if (!PHONE_SYNTAX.matcher(trimmed).matches()
          || trimmed.chars().filter(Character::isDigit).count() < PHONE_MIN_DIGITS) {
        fail(field, "FORMAT", "digits, spaces, dashes, parentheses and a leading +");
        break;
      }
    }
    return phone;
  }

  /** A URL or host name, half-width; kept as typed, matching takes its domain apart. */
  public @Nullable String website(String field, @Nullable String raw, int max, boolean required) {
    var typed = text(field, raw, max, required);
    if (typed == null || !isClean(field)) {
      return typed;
    }
    var website = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    if (!WEBSITE_SYNTAX.matcher(website).matches()) {
      fail(field, "FORMAT", "not a web address");
    }
    return website;
  }

  private @Nullable String text(
      String field, @Nullable String raw, int max, boolean required, boolean multiline) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        fail(field, "REQUIRED", "required");
      }
      return null;
    }
    var text = raw.strip();
    if (text.codePoints().anyMatch(c -> ApplicationRules.isControl(c, multiline))) {
      fail(field, "CONTROL_CHARACTER", "contains a control character");
    } else if (text.codePointCount(0, text.length()) > max) {
      fail(field, "TOO_LONG", "longer than " + max + " characters");
    }
    return text;
  }

  private static @Nullable String asciiDomain(String domain) {
    try {
      var ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      return ascii.isEmpty() ? null : ascii;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
