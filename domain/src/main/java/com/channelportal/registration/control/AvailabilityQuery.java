package com.channelportal.registration.control;

import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.matching.entity.MatchSubject;
import com.channelportal.onboarding.control.CompanyNameKey;
import com.channelportal.onboarding.control.FieldProblem;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a partner typed into the availability check, taken as a USCC (18 characters of the code's
 * alphabet), an e-mail address or web domain (ASCII with a dot, no spaces), or else a company name.
 *
 * @param kind recorded in the audit trail instead of the text, which may be anything
 */
public record AvailabilityQuery(Kind kind, MatchSubject subject) {

  public static final String FIELD = "query";

  public enum Kind {
    USCC,
    DOMAIN,
    NAME
  }

  private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Z]{18}");
  private static final Pattern DOMAIN_LIKE =
      Pattern.compile("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?(/\\S*)?");

  /** The query, or the problems of the text (reported under {@value #FIELD}). */
  public static Parsed parse(@Nullable String raw) {
    var checks = new FieldChecks();
    var text = checks.text(FIELD, raw, CustomerDetails.NAME_MAX_LENGTH, true);
    if (text == null || !checks.isClean(FIELD)) {
      return new Parsed(null, checks.problems());
    }
    var folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (CODE_LIKE.matcher(folded.toUpperCase(Locale.ROOT)).matches()) {
      var uscc = checks.uscc(FIELD, folded, true);
      return checks.isClean(FIELD)
          ? new Parsed(
              new AvailabilityQuery(Kind.USCC, MatchSubject.named("").withUscc(uscc)), List.of())
          : new Parsed(null, checks.problems());
    }
    if (folded.contains("@") && !folded.contains(" ")) {
      var email = checks.email(FIELD, folded, CustomerDetails.EMAIL_MAX_LENGTH, true);
      return checks.isClean(FIELD)
          ? new Parsed(
              new AvailabilityQuery(Kind.DOMAIN, MatchSubject.named("").withEmail(email)),
              List.of())
          : new Parsed(null, checks.problems());
    }
    if (DOMAIN_LIKE.matcher(folded).matches()) {
      return new Parsed(
          new AvailabilityQuery(Kind.DOMAIN, MatchSubject.named("").withWebsite(folded)),
          List.of());
    }
    if (CompanyNameKey.of(folded).isEmpty()) {
      checks.fail(FIELD, "NOT_DISTINCTIVE", "nothing but a legal form or punctuation");
      return new Parsed(null, checks.problems());
    }
    return new Parsed(new AvailabilityQuery(Kind.NAME, MatchSubject.named(folded)), List.of());
  }

  /** Either a query or the problems of the text. */
  public record Parsed(@Nullable AvailabilityQuery query, List<FieldProblem> problems) {

    public Parsed {
      problems = List.copyOf(problems);
      if ((query == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("a query or problems");
      }
    }
  }
}
