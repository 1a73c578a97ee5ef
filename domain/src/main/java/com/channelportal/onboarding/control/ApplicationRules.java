package com.channelportal.onboarding.control;

import static com.channelportal.onboarding.entity.ApplicationForm.COMPANY_NAME;
import static com.channelportal.onboarding.entity.ApplicationForm.EMAIL;
import static com.channelportal.onboarding.entity.ApplicationForm.FAMILY_NAME;
import static com.channelportal.onboarding.entity.ApplicationForm.GIVEN_NAME;
import static com.channelportal.onboarding.entity.ApplicationForm.JOB_TITLE;
import static com.channelportal.onboarding.entity.ApplicationForm.LANGUAGE;
import static com.channelportal.onboarding.entity.ApplicationForm.MESSAGE;
import static com.channelportal.onboarding.entity.ApplicationForm.PHONE;
import static com.channelportal.onboarding.entity.ApplicationForm.REGION;
import static com.channelportal.onboarding.entity.ApplicationForm.USCC;
import static com.channelportal.onboarding.entity.PartnerApplication.COMPANY_NAME_MAX_LENGTH;
import static com.channelportal.onboarding.entity.PartnerApplication.EMAIL_MAX_LENGTH;
import static com.channelportal.onboarding.entity.PartnerApplication.JOB_TITLE_MAX_LENGTH;
import static com.channelportal.onboarding.entity.PartnerApplication.MESSAGE_MAX_LENGTH;
import static com.channelportal.onboarding.entity.PartnerApplication.PERSON_NAME_MAX_LENGTH;
import static com.channelportal.onboarding.entity.PartnerApplication.REGION_MAX_LENGTH;

import com.channelportal.identity.control.EmailDomains;
import com.channelportal.identity.control.PersonNames;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.google.common.net.InternetDomainName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an application form. Required: company name, USCC, e-mail, family and given name,
 * phone, language; region, job title and message are optional. Lengths count characters (code
 * points), as the database columns do.
 */
public final class ApplicationRules {

  /** The languages an invitation mail can be sent in. */
  public static final List<String> LANGUAGES = List.of("zh-CN", "en");

  private static final Pattern EMAIL_SYNTAX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Digits, spaces, dashes and parentheses, with an optional leading + for the country code. */
  private static final Pattern PHONE_SYNTAX = Pattern.compile("\\+?[0-9 ()-]+");

  private static final int PHONE_MIN_LENGTH = 5;

  private ApplicationRules() {}

  public static ApplicationCheck check(ApplicationForm form) {
    var check = new Checker();
    var companyName = check.text(COMPANY_NAME, form.companyName(), COMPANY_NAME_MAX_LENGTH, true);
    var nameKey = CompanyNameKey.of(companyName);
    if (companyName != null && check.problemsOf(COMPANY_NAME).isEmpty() && nameKey.isEmpty()) {
      check.fail(COMPANY_NAME, "NOT_DISTINCTIVE", "nothing but a legal form or punctuation");
    }
    var uscc = check.uscc(form.uscc());
    var region = check.text(REGION, form.region(), REGION_MAX_LENGTH, false);
    var email = check.email(form.email());
    var familyName = check.personName(FAMILY_NAME, form.familyName());
    var givenName = check.personName(GIVEN_NAME, form.givenName());
    var phone = check.phone(form.phone());
    var jobTitle = check.text(JOB_TITLE, form.jobTitle(), JOB_TITLE_MAX_LENGTH, false);
    var message = check.multiline(form.message());
    var language = check.language(form.language());
    if (!check.problems.isEmpty()) {
      return new ApplicationCheck.Invalid(check.problems);
    }
    var normalized =
        new ApplicationForm(
            companyName,
            uscc,
            region,
            email,
            familyName,
            givenName,
            phone,
            jobTitle,
            message,
            language);
    var domain = EmailDomains.registrableDomain(EmailDomains.domainOf(email).orElseThrow());
    return new ApplicationCheck.Valid(normalized, domain, nameKey);
  }

  /** The reason a brand admin gives for a rejection: required, one to a few sentences. */
  public static List<FieldProblem> rejectionReason(@Nullable String reason) {
    var check = new Checker();
    check.text("reason", reason, PartnerApplication.REJECTION_REASON_MAX_LENGTH, true, true);
    return check.problems;
  }

  /**
   * True for characters that can hide or reorder text: C0/C1 controls (in multi-line text tab and
   * line breaks excepted), Unicode line and paragraph separators, bidirectional overrides and
   * isolates, and unpaired surrogates (which no database column can store).
   */
  public static boolean isControl(int c, boolean multiline) {
    return switch (Character.getType(c)) {
      case Character.CONTROL -> !(multiline && (c == '\n' || c == '\r' || c == '\t'));
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
      default -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    };
  }

  private static final class Checker {

    final List<FieldProblem> problems = new ArrayList<>();

    void fail(String field, String code, String message) {
      problems.add(FieldProblem.of(field, code, message));
    }

    @Nullable String text(String field, @Nullable String raw, int max, boolean required) {
      return text(field, raw, max, required, false);
    }

    /** A name that becomes the applicant's Keycloak account: no markup characters. */
    @Nullable String personName(String field, @Nullable String raw) {
      var name = text(field, raw, PERSON_NAME_MAX_LENGTH, true);
      if (name != null && problemsOf(field).isEmpty() && PersonNames.hasProhibitedCharacter(name)) {
        fail(field, "CHARACTER", "contains a character not allowed in names");
      }
      return name;
    }

    @Nullable String multiline(@Nullable String raw) {
      return text(MESSAGE, raw, MESSAGE_MAX_LENGTH, false, true);
    }

    @Nullable String text(
        String field, @Nullable String raw, int max, boolean required, boolean multiline) {
      if (raw == null || raw.isBlank()) {
        if (required) {
          fail(field, "REQUIRED", "required");
        }
        return null;
      }
      var text = raw.strip();
      if (text.codePoints().anyMatch(c -> isControl(c, multiline))) {
        fail(field, "CONTROL_CHARACTER", "contains a control character");
      } else if (text.codePointCount(0, text.length()) > max) {
        fail(field, "TOO_LONG", "longer than " + max + " characters");
      }
      return text;
    }

    @Nullable String uscc(@Nullable String raw) {
      if (raw == null || raw.isBlank()) {
        fail(USCC, "REQUIRED", "required");
        return null;
      }
      var check = UnifiedSocialCreditCode.check(raw);
      if (check instanceof CreditCodeCheck.Invalid invalid) {
        fail(USCC, invalid.reason().name(), invalid.reason() + " at " + invalid.position());
      }
      return check.code();
    }

    @Nullable String email(@Nullable String raw) {
      var email = text(EMAIL, raw, EMAIL_MAX_LENGTH, true);
      if (email == null || !problemsOf(EMAIL).isEmpty()) {
        return email;
      }
      var folded = Normalizer.normalize(email, Normalizer.Form.NFKC);
      var domain = EmailDomains.domainOf(folded);
      if (domain.isEmpty()
          || !EMAIL_SYNTAX.matcher(folded).matches()
          || InternetDomainName.from(domain.get()).isPublicSuffix()) {
        fail(EMAIL, "FORMAT", "not an e-mail address of a company");
        return email;
      }
      if (EmailDomains.isFreeMail(domain.get())) {
        fail(EMAIL, "FREE_MAIL", "a free-mail address; the company's own address is required");
      }
      return folded.substring(0, folded.lastIndexOf('@') + 1) + domain.get();
    }

    @Nullable String phone(@Nullable String raw) {
      var typed = text(PHONE, raw, Integer.MAX_VALUE, true);
      if (typed == null || !problemsOf(PHONE).isEmpty()) {
        return typed;
      }
      var phone = Normalizer.normalize(typed, Normalizer.Form.NFKC);
      int length = phone.length();
      if (length < PHONE_MIN_LENGTH || length > PartnerApplication.PHONE_MAX_LENGTH) {
        fail(PHONE, "FORMAT", PHONE_MIN_LENGTH + " to 32 characters");
      } else if (!PHONE_SYNTAX.matcher(phone).matches()
          || phone.chars().filter(Character::isDigit).count() < PHONE_MIN_LENGTH) {
        fail(PHONE, "FORMAT", "digits, spaces, dashes, parentheses and a leading +");
      }
      return phone;
    }

    @Nullable String language(@Nullable String raw) {
      var tag = text(LANGUAGE, raw, 16, true);
      if (tag == null || !problemsOf(LANGUAGE).isEmpty()) {
        return null;
      }
      var known = LANGUAGES.stream().filter(l -> l.equalsIgnoreCase(tag)).findFirst();
      if (known.isEmpty()) {
        fail(LANGUAGE, "UNSUPPORTED", "one of " + LANGUAGES);
      }
      return known.orElse(tag.toLowerCase(Locale.ROOT));
    }

    List<FieldProblem> problemsOf(String field) {
      return problems.stream().filter(p -> p.field().equals(field)).toList();
    }
  }
}
